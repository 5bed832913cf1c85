"""School courses written by their subject's short code and their step
("Ma 1c", "Fy 2", "Sv 3", "Sh 1b"): read by ``rules/school_courses.py``.
"""

from __future__ import annotations

# The upper secondary school's subject codes, as a course list, a syllabus or a teacher's
# presentation writes them, with the subject said.
COURSE_SUBJECTS = {
    "Ma": "matematik", "Fy": "fysik", "Ke": "kemi", "Bi": "biologi", "Sv": "svenska",
    "Sva": "svenska som andraspråk", "En": "engelska", "Hi": "historia", "Sh": "samhällskunskap",
    "Re": "religionskunskap", "Nk": "naturkunskap", "Nak": "naturkunskap", "Ge": "geografi",
    "Fi": "filosofi", "Ps": "psykologi", "Idh": "idrott och hälsa", "Mu": "musik",
    "Ty": "tyska", "Fr": "franska", "Sp": "spanska", "Prr": "programmering", "Tk": "teknik",
    # a news text's short forms of the same (session 45, normalize153: "proven i sv 3 och eng 6" left "eng"); not
    # "en", "fr", "ge", "re" in small letters, which are words
    "Eng": "engelska", "eng": "engelska", "sv": "svenska", "sva": "svenska som andraspråk", "ma": "matematik",
    "fy": "fysik", "ke": "kemi", "bi": "biologi", "hi": "historia", "sh": "samhällskunskap", "nk": "naturkunskap",
    "idh": "idrott och hälsa", "tk": "teknik",
}

# Words in the sentence that make "Ma 1c" a course (a code such as "En 6" or "Fr 2" means nothing else there).
COURSE_CONTEXT = frozenset("""
kurs kursen kurser kurserna kursplan kursplanen undervisar undervisade undervisa undervisning undervisningen
läser läste läsa läst lärare läraren lärarna lärartjänst behörighet behörigheten behörig behöriga
särskild krav kravet kraven förkunskaper förkunskapskrav betyg betyget betygen godkänd godkänt godkända
gymnasiet gymnasieskolan gymnasium gymnasieelever elever eleverna elev eleven prov provet nationella
ämne ämnet ämnen ämnena studerar studera klarat klarade klara komvux programmet antagning antagningen
""".split())
