"""Names made of letters and a number, read by ``rules/designations.py``:
a vehicle's model year after its make and model ("Ford A -29"), military
vehicle and weapon types ("Bv 206", "Strv 122", "BvS10") and age or sex
classes in sport ("U13–U15", "F10–F12", "H35–H50").
"""

from __future__ import annotations

# Makes of cars, motorcycles and tractors whose model is followed by its
# year as " -29" ("en Ford A -29", "Volvo PV 444 -58", "Ferguson TE20 -52").
VEHICLE_MAKES = (
    "Ford", "Fordson", "Volvo", "Saab", "Scania", "Chevrolet", "Chevy", "Cadillac", "Buick", "Pontiac",
    "Plymouth", "Dodge", "Chrysler", "Oldsmobile", "Lincoln", "Mercury", "Studebaker", "Packard", "Hudson",
    "Mercedes", "Mercedes-Benz", "Opel", "Volkswagen", "VW", "Porsche", "BMW", "Audi", "Jaguar", "Triumph",
    "MG", "Austin", "Morris", "Fiat", "Citroën", "Peugeot", "Renault", "Toyota", "Datsun", "Mazda", "Jeep",
    "Harley-Davidson", "Harley", "Husqvarna", "Monark", "Crescent", "Ferguson", "Massey", "Bolinder",
    "Bolinder-Munktell", "Trabant", "Lada", "Simca", "DKW", "NSU", "Borgward", "Mini", "Rolls-Royce",
    "Bentley", "Ferrari", "Lamborghini", "Corvette", "Mustang", "Amazon", "Land Rover", "Triumph", "Honda",
    "Yamaha", "Suzuki", "Kawasaki", "Zündapp", "Puch", "Vespa", "Lambretta", "Nimbus", "Indian",
    # today's makes of a used car's ad ("Kia EV6 GT-Line, -23, 1 200 mil": session 53, normalize239)
    "Kia", "Hyundai", "Tesla", "Skoda", "Škoda", "Seat", "Cupra", "Nissan", "Mitsubishi", "Subaru", "Lexus", "Polestar",
    "Dacia", "Alfa Romeo", "MINI",
)
# Words right before " -29" that make it a model year whatever the make.
MODEL_YEAR_WORDS = frozenset({"årsmodell", "årgång", "årg.", "modell", "mod.", "årsmodellen"})
# Labels of a classified ad for a vehicle or a thing: in such a line " -21," after the model is its year
# ("Till salu: Ski-Doo Skandic SWT 900 ACE -21, 1 200 mil", "Köpes: Volvo 240, gärna -85–-90").
AD_LABELS = ("säljes", "köpes", "till salu", "bytes", "önskas köpa", "säljer",
             # a car's ad without its label ("Tesla Model 3 Long Range -21, räckvidd ca 56 mil, mätarställning 5 200
             # mil"): the words of a used car's state (session 52, normalize208)
             "mätarställning", "miltal", "nybesiktad", "servicebok", "dragkrok", "vinterhjul",
             # a boat's ad, its engine ("Albin Vega 27 fot, -74, inkl. vagn och 9,9 hk utombordare": session 53)
             "utombordare", "inombordare", "båtvagn",
             # a boat's engine and trailer ("Buster XL -12 med Yamaha F80, 4-takt, inkl. trailer", s57)
             "4-takt", "2-takt", "trailer")
# Words after " -29" that make it a minus number after all ("-29 grader").
NOT_YEAR_AFTER = frozenset({
    "grader", "grad", "procent", "%", "°", "kr", "kronor", "öre", "euro", "meter", "m", "cm", "mm", "km",
    "kilo", "kg", "ton", "poäng", "minuter", "sekunder", "timmar", "dagar", "år",
})

# Military vehicle and weapon types, said by the word they stand for or
# spelled ("Strv 122" -> "stridsvagn hundratjugotvå", "Bv 206" -> "be ve
# tvåhundrasex", "BvS10" -> "be ve ess tio").
MILITARY_TYPES = {
    "Bv": "be ve", "BvS": "be ve ess", "Strv": "stridsvagn", "Pbv": "pansarbandvagn",
    "Ikv": "infanterikanonvagn", "Lvkv": "luftvärnskanonvagn", "Grkpbv": "granatkastarpansarbandvagn",
    "Epbv": "eldledningspansarbandvagn", "Tgb": "terrängbil", "Patgb": "pansarterrängbil",
    "Hkp": "helikopter", "Fpl": "flygplan", "Ksp": "kulspruta", "Ak": "automatkarbin",
    "Pvg": "pansarvärnsgevär", "Grk": "granatkastare", "Pskott": "pansarskott", "Rb": "robot",
    "Lvrb": "luftvärnsrobot", "Stripbv": "stridsledningspansarbandvagn", "Bgbv": "bärgningsbandvagn",
}

# The letters of age and sex classes in sport: "U13" under thirteen, "F10"
# girls, "P14" boys, "H35" men, "D21" women, "J18" juniors, "G12" ("grabbar").
CLASS_LETTERS = "UFPHDJG"
