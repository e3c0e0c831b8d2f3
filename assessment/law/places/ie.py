"""Ireland: the Data Protection Act 2018 and the information and consultation act."""

from datetime import date

from ..model import Authority, Citation, Representation, Source, member
from ..model import gettext_noop as _

SOURCES = (
    Source(
        id="ie-dpa-2018",
        kind="statute",
        jurisdiction="IE",
        citation=Citation(
            "Data Protection Act 2018 (Ireland)",
            "Data Protection Act 2018 (Irland)",
            "Data Protection Act 2018 (Irlande)",
        ),
        in_force_from=date(2018, 5, 25),
        url="https://www.irishstatutebook.ie/eli/2018/act/7/enacted/en/html",
    ),
    Source(
        id="ie-information-consultation-act-2006",
        kind="statute",
        jurisdiction="IE",
        citation=Citation(
            "Employees (Provision of Information and Consultation) Act 2006, s. 7 "
            "(Ireland)",
            "Employees (Provision of Information and Consultation) Act 2006, s. 7 "
            "(Irland)",
            "Employees (Provision of Information and Consultation) Act 2006, art. 7 "
            "(Irlande)",
        ),
        in_force_from=date(2006, 7, 24),
        url="https://www.irishstatutebook.ie/eli/2006/act/9/section/7/enacted/en/html",
        note="Applies to undertakings with at least 50 employees; arrangements are "
        "set up by the employer or at the written request of at least 10% of the "
        "employees (CIPD Ireland; the threshold section itself was not read).",
    ),
    Source(
        id="ie-doolin-2022",
        kind="judgment",
        jurisdiction="IE",
        citation=Citation(
            "Court of Appeal, Doolin v Data Protection Commissioner [2022] IECA 117 "
            "(24 May 2022)",
            "Court of Appeal (Irland), Doolin v Data Protection Commissioner [2022] "
            "IECA 117 (24. Mai 2022)",
            "Court of Appeal (Irlande), Doolin c. Data Protection Commissioner "
            "[2022] IECA 117 (24 mai 2022)",
        ),
        in_force_from=date(2022, 5, 24),
        url="https://beta.bailii.org/ie/cases/IECA/2022/2022IECA117.html",
    ),
)

IRELAND = member(
    "IE",
    _("Ireland"),
    authority=Authority(
        "Data Protection Commission",
        ("21 Fitzwilliam Square South", "Dublin 2, D02 RD28", "Ireland"),
        "https://dataprotection.ie/en/individuals/exercising-your-rights/"
        "complaints-handling-investigations-and-enforcement-individuals",
    ),
    representation=Representation(
        _("employees' information and consultation forum"),
        ("ie-information-consultation-act-2006",),
        {
            "information_basis": _(
                "Ireland has no statutory works council. In an undertaking with at "
                "least 50 employees, where information and consultation "
                "arrangements exist, or at least a tenth of the employees ask for "
                "them, the employer must inform and consult "
                "employees' representatives on decisions likely to change how work "
                "is organised "
                "({ie-information-consultation-act-2006})."
            ),
        },
    ),
)

JURISDICTIONS = (IRELAND,)
