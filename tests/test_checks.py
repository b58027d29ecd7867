"""The answer checks: plain language, privacy, and strength-or-safety."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.checks.labels import RULES
from flows.checks.plain_language import find_jargon, find_wording, language_check_lines
from flows.checks.privacy import find_personal_data
from flows.checks.safety import SAFETY_NUDGE, looks_like_safety
from flows.checks.words import WORD_LIST_PATH, WordList, WordListError, load_word_list
from tests.growth import LINEAR_AT_MOST, growth

# ---------------------------------------------------------------- cases

JARGON_MUST_FIRE: list[tuple[str, str]] = [
    ("There is a history of DV in the home.", "DV"),
    ("Police attended a D.V. incident on Saturday night.", "DV"),
    ("Two dv-related call-outs since June.", "DV"),
    ("Referral came in re (DV) at the address.", "DV"),
    ("Mum disclosed domestic violence from her ex-partner.", "domestic violence"),
    ("Ongoing Domestic Abuse between the parents.", "domestic violence"),
    ("Worries about DA in the relationship.", "DA"),
    ("The children have experienced neglect.", "neglect"),
    ("Mum is neglectful of the baby's needs.", "neglect"),
    ("The children were neglected over the summer.", "neglect"),
    ("Dad has substance misuse issues.", "substance misuse"),
    ("Longstanding drug/alcohol misuse by both parents.", "drug/alcohol misuse"),
    ("Known alcohol misuse, getting worse.", "drug/alcohol misuse"),
    ("Home life is chaotic.", "chaotic"),
    ("Mum leads a chaotic lifestyle.", "chaotic"),
    ("There is evidence of disguised compliance.", "disguised compliance"),
    ("Non-engagement with the health visitor.", "non-engagement"),
    ("Family are non engaging with services.", "non-engagement"),
    ("Dad is not engaging with the plan.", "non-engagement"),
    ("Mum failed to engage with CAMHS appointments.", "non-engagement"),
    ("Mum didn't engage with the parenting course.", "non-engagement"),
    ("Inappropriate comments made to staff.", "inappropriate"),
    ("Dad behaved inappropriately at contact.", "inappropriate"),
    ("Dad can be volatile.", "volatile"),
    ("There are ongoing concerns.", "there are concerns"),
    ("School describe his behaviour as concerning.", "concerning"),
    ("Poor home conditions were noted at the visit.", "poor home conditions"),
    ("Home conditions remain an issue.", "poor home conditions"),
    ("Child presented as unkempt.", "unkempt"),
    ("Stepdad was aggressive towards staff.", "aggressive"),
    ("Mum has mental health issues.", "mental health issues"),
    ("Mental-health problems affect her parenting.", "mental health issues"),
    ("He is engaging in risky behaviour online.", "risky"),
    ("There is a lack of boundaries at home.", "lack of boundaries"),
    ("Classic toxic trio picture.", "toxic trio"),
    ("Health are worried about failure to thrive.", "failure to thrive"),
    ("She is very vulnerable.", "vulnerable"),
    ("Jay is at risk.", "at risk"),
    ("An at-risk young person known to the team.", "at risk"),
    ("Seen by police for ASB in the park.", "ASB"),
    ("Discussed at the CSE panel.", "CSE"),
    ("Possible CCE, county lines.", "CCE"),
    ("Police NFA'd the incident.", "NFA"),
    ("She was LAC for two years.", "LAC"),
    ("The children are on a CP plan.", "CP"),
    ("Stepped down to CIN last month.", "CIN"),
    ("Consultant queried FII.", "FII"),
    ("School made a referral to MASH.", "MASH"),
    ("Referred to CAMHS in the spring.", "CAMHS"),
    ("Case went to MARAC last week.", "MARAC"),
    ("Strategy meeting agreed an S47.", "S47"),
    ("Escalated under section 47 enquiries.", "S47"),
    ("Dad has now signed the s20 so the boys can stay at Nan's.", "S20"),
    ("The children are accommodated under section 20.", "S20"),
    ("LA issued s31 proceedings.", "S31"),
    ("Mum made a DVDS application about her new partner.", "DVDS"),
    ("Mum used Clare's Law to find out about him.", "DVDS"),
    ("The ICPC is booked for Thursday.", "ICPC"),
    ("He has SEN and an EHCP.", "SEN"),
    ("Dad was minimising what happened.", "lacks insight"),
    ("Emotional abuse from mum's partner.", "emotional abuse"),
    ("Challenging behaviour at school daily.", "challenging behaviour"),
    ("Coercive control in the relationship.", "coercive control"),
]

JARGON_MUST_NOT_FIRE: list[str] = [
    "He bought two DVDs for the kids.",
    # A programme or service named for the harm it works on (a practitioner's walk: the
    # bot's own drafted goal was asked about it).
    "R will go to the domestic abuse perpetrator programme every Tuesday.",
    "Mum sees her domestic abuse support worker on Fridays.",
    "Mum showed me her engagement ring.",
    "Dad was about to drive the children to school.",
    "Dad drove off before the police arrived.",
    "He has a DVD player in his room.",
    "Mum accepted the offer of a nursery place.",
    "The children were dressed appropriately for the weather.",
    "The food in the fridge was appropriate for a toddler.",
    "Dad neglected to mention he had moved house.",
    "Mum is at risk of losing her tenancy.",
    "Jay is vulnerable to being drawn in by older boys because of his age.",
    "I have concerns about the bruise on her arm.",
    "School raised concerns that he is often hungry.",
    "I sent a letter concerning the school trip.",
    "Mum mashed potatoes for tea while we talked.",
    "Her surname is Da Silva.",
    "The CPS decided not to charge.",
    "She wants to send a card to her nan.",
    "The girls went to the cinema with their aunt.",
    "He was lacking sleep after the night feeds.",
    "The house had asbestos in the loft, now removed.",
    "Dad works as a caseworker for the council.",
    "The kitchen had toxic cleaning products within reach.",
    "Mum sets clear boundaries at bedtime.",
    "She is thriving at her new school.",
    "He had a drug test at the clinic.",
    "Mum drinks alcohol most evenings.",
    "He told me about a fight at school.",
    "Nan compliments Mum on her cooking.",
    "There is a risk assessment for the home.",
    "The mental health nurse visited on Monday.",
    "Dad shouted and threw a plate at the wall.",
    "The children were hungry and had not eaten since breakfast.",
    "Mum brought the baby to every clinic appointment.",
    "The bedrooms had clean sheets and the heating was on.",
    "We talked about how she felt when he hit her.",
    "He was very engaging and told me about football.",
    "We need a plan for the summer holidays.",
    "Dad hit Mum in front of the children on Friday.",
    "Mum was crying and said she was scared.",
    "Nan collects the children from school every day.",
    "She said she felt safe at home with her dad.",
    "The head of year called mum about attendance.",
    "The Independent Domestic Violence Advisor will ring Mum on Monday.",
]

PRIVACY_MUST_FIRE: list[tuple[str, str, str]] = [
    ("Jayden Smith was upset when I arrived.", "full_name", "Jayden Smith"),
    ("Spoke to Mary-Jane O'Connor about school.", "full_name", "Mary-Jane O'Connor"),
    ("Mum's partner Liam McDonald has moved in.", "full_name", "Liam McDonald"),
    ("Child: Jayden SMITH, aged 7.", "full_name", "Jayden SMITH"),
    ("Mr Smith was not at home.", "full_name", "Mr Smith"),
    ("Mrs. O'Connor said the children were fine.", "full_name", "Mrs. O'Connor"),
    ("Tyrese Khan is the eldest.", "full_name", "Tyrese Khan"),
    ("Grace Hughes said she was frightened.", "full_name", "Grace Hughes"),
    ("I met with Aisha Begum and her sister.", "full_name", "Aisha Begum"),
    ("Oliver Jones-Wright's mum called.", "full_name", "Oliver Jones-Wright"),
    # Names written with the letters of their own alphabet are names all the same.
    ("Zoë Smith came to the meeting with mum.", "full_name", "Zoë Smith"),
    ("Seán Murphy is dad's friend.", "full_name", "Seán Murphy"),
    ("Łukasz Nowak collected T from school.", "full_name", "Łukasz Nowak"),
    ("José García visited on Tuesday.", "full_name", "José García"),
    ("Mum's friend Agnieszka Kowalska has the children on Fridays.", "full_name",
     "Agnieszka Kowalska"),
    ("Nan and Zoë Smith-Jones were there.", "full_name", "Zoë Smith-Jones"),
    ("Dr Ólafsson saw the baby.", "full_name", "Dr Ólafsson"),
    # Surnames of the UK's West African, Somali, South and East Asian families, and of the
    # Māori and Pasifika families where the framework is used, after a first name not listed.
    ("Oluwaseun Adeyemi said he would come.", "full_name", "Oluwaseun Adeyemi"),
    ("Deqa Warsame brought him to clinic.", "full_name", "Deqa Warsame"),
    ("Uncle Kemal Osman visits at weekends.", "full_name", "Kemal Osman"),
    ("Dad took Lin Zhang to the park.", "full_name", "Lin Zhang"),
    ("Aroha Ngata told me the kids were fed.", "full_name", "Aroha Ngata"),
    ("Visited Sione Tupou at home.", "full_name", "Sione Tupou"),
    ("Will Smith came to the door.", "full_name", "Will Smith"),
    ("Told Jayden Lee Thompson about the plan.", "full_name", "Jayden Lee Thompson"),
    ("Lily May Evans was not in school.", "full_name", "Lily May Evans"),
    ("Kai said Kyle Lewis hit him.", "full_name", "Kyle Lewis"),
    # A month that is also a first name, before a common surname and after no day.
    ("DT, PA, foster carer (Jan Smith), college tutor", "full_name", "Jan Smith"),
    ("June Patel rang about the baby.", "full_name", "June Patel"),
    ("DOB 12/03/2015", "date_of_birth", "DOB 12/03/2015"),
    ("Baby d.o.b. 3.3.16, first child.", "date_of_birth", "d.o.b. 3.3.16"),
    ("She was born 3 March 2016 in Leeds.", "date_of_birth", "born 3 March 2016"),
    ("Date of birth: 2015-03-12", "date_of_birth", "Date of birth: 2015-03-12"),
    ("He was born on the 3rd of March 2016.", "date_of_birth", "born on the 3rd of March 2016"),
    ("Her birthday is 3rd March.", "date_of_birth", "birthday is 3rd March"),
    ("D.O.B: 12 Mar 2015", "date_of_birth", "D.O.B: 12 Mar 2015"),
    ("The baby was born in March 2016.", "date_of_birth", "born in March 2016"),
    ("They live at 14 Acacia Avenue.", "address", "14 Acacia Avenue"),
    ("Now at Flat 2, 5 High Street.", "address", "Flat 2, 5 High Street"),
    ("Moved to 12a Church Road last month.", "address", "12a Church Road"),
    ("lives at 14 acacia avenue with nan", "address", "14 acacia avenue"),
    ("Visit at 45 Station Rd.", "address", "45 Station Rd."),
    ("Dad is at 7 Rose Court now.", "address", "7 Rose Court"),
    ("Postcode SW1A 1AA", "postcode", "SW1A 1AA"),
    ("lives in m1 1ae", "postcode", "m1 1ae"),
    ("Address ends LS6 2AB.", "postcode", "LS6 2AB"),
    ("Nan is in B33 8TH", "postcode", "B33 8TH"),
    ("Mum's mobile is 07700 900123.", "phone", "07700 900123"),
    ("Ring dad on 07700900123", "phone", "07700900123"),
    ("Her number is +44 7700 900123", "phone", "+44 7700 900123"),
    ("School office 0121 496 0000", "phone", "0121 496 0000"),
    ("Call 020 7946 0000 after 5.", "phone", "020 7946 0000"),
    ("From abroad: +44 (0)20 7946 0000", "phone", "+44 (0)20 7946 0000"),
    # Numbers dialled in the other places the framework is used.
    ("Ring Gran on 0412 345 678 after school.", "phone", "0412 345 678"),
    ("Kids are at Aunty's, ph 021 555 0193.", "phone", "021 555 0193"),
    ("Office is (03) 9555 1234.", "phone", "(03) 9555 1234"),
    ("Dad's on +61 412 345 678 while he's away.", "phone", "+61 412 345 678"),
    ("Mum's cell is (555) 123-4567.", "phone", "(555) 123-4567"),
    ("Nan's landline: 9555 1234", "phone", "9555 1234"),
    ("mob 021 555 019", "phone", "021 555 019"),
    ("Nan lives in Auckland, (09) 555 1234.", "phone", "(09) 555 1234"),
    ("Dad's number is 555-123-4567.", "phone", "555-123-4567"),
    ("Nan is on 09 555 1234.", "phone", "09 555 1234"),
    ("Ring Gran on 0412 345 678 2 times a week.", "phone", "0412 345 678"),
    ("Mum's email is mum.smith@example.com", "email", "mum.smith@example.com"),
    ("Send to j.s_1@school.sch.uk please", "email", "j.s_1@school.sch.uk"),
    ("NHS no. 943 476 5919", "nhs_number", "943 476 5919"),
    ("NHS number 9434765919", "nhs_number", "9434765919"),
    ("Baby's number is 401-398-2595", "nhs_number", "401-398-2595"),
    ("Sibling 412 791 9078", "nhs_number", "412 791 9078"),
]

PRIVACY_MUST_NOT_FIRE: list[str] = [
    "Seen on 3 June Smith was not at home.",
    "Since the 3rd of May Jones has not been in school.",
    "Mum said she was tired and the baby had been up all night.",
    "Mum took Zoë to the café on Monday.",
    "T said Zoë is her best friend.",
    "Dad lives in Łódź with his brother.",
    # Surnames that are also first names, places or words are not read after any capital.
    "Year Six George is doing well.",
    "Sent Mann a letter about the meeting.",
    "At Burger King Francis cried.",
    "Mum took her to Jordan last summer.",
    "There Ibrahim waited for his mum.",
    "Shannon There said nothing.",
    "On Monday the children went to Green Lane School.",
    "J.S. attended school on time all week.",
    "JS told me he likes his teacher.",
    "Social Worker visited with the Health Visitor.",
    "Head Teacher called Mum about the bruise.",
    "Police Officer attended at 10pm.",
    "Nan collected the children after school.",
    "St John Ambulance were at the football match.",
    "Mary Seacole Primary School made the referral.",
    "They played at Victoria Park on Sunday.",
    "Jayden Liam and Mia went to Nan's.",
    "Will Mum be at the meeting?",
    "Grace said thank you to her teacher.",
    "Incident on 12/03/2024 when police attended.",
    "Meeting at 10:30 on 3 March 2024 at the office.",
    "He is 7 years old and in Year 3.",
    "Case number 1234567890.",
    "Called 101 at 10.30 on 12.03.2024 and rang back 08.30-09.15 the next day.",
    "Phone call on 14 May 2024 at 10 with Mum.",
    "Ring at 10.30 on 12.03.2024.",
    "Attendance was 0.92 in 2023 and 0.95 in 2024.",
    "Phone call on 14-05-2024 with Mum about the school run.",
    "Ring on 12 03 2024 if the nursery has not heard.", "Text on 2024 03 12 at 14 00.",
    "LCS case number 0298765432.", "Case ref 0412 345 678 on the court bundle.",
    "Mum is on 20 mg of methadone.",
    "NHS number on file, checked 943 476 5918 against records and it was wrong.",
    "2 kids crossed the road without an adult.",
    "We walked 10 minutes to the park.",
    "Mum has 3 children and lives on her own.",
    "The flat was untidy and cold.",
    "Dad drove up the M1 motorway to see them.",
    "She takes vitamin B12 daily.",
    "Y10 6TH form options evening.",
    "Called 999 at 2am.",
    "Score was 7 out of 10 from Mum.",
    "Happy New Year from the team.",
    "We used Words and Pictures with the children.",
    "The Harm Matrix helped us see the pattern.",
    "Dates: 01/02/2015 to 03/04/2016 at the old school.",
    "Her first born child is now at secondary school.",
    "Mum's email was unclear about the time.",
    "Early Help Hub offered a parenting course.",
    "Dr said the rash was eczema.",
    "The GP saw him on Tuesday.",
    "Dad works at Victoria Station.",
    "Mum's ex-partner (JB) is not allowed to visit.",
    "In April Mum moved to a new flat.",
    "Thank you Mum for the cup of tea.",
    "Family Support Worker met Mum at the children's centre.",
    "Summer Holidays are a hard time for Mum.",
    "Rose Cottage, the family home, was warm.",
    "The Jack Russell barked when we knocked.",
    "Mia, Ruby and Kai were at Nan's.",
    "Ellie May is 4 and goes to nursery.",
    "The children attend St Mary's Primary School.",
]

SAFETY_MUST_PASS: list[str] = [
    "When dad had been drinking, mum took the children to gran's.",
    "Every time he got angry she called her sister, who came round.",
    "Since March, Nan has collected the children whenever mum used.",
    "Whenever Dad starts shouting, Mum takes the kids upstairs and locks the door.",
    "The last time mum was drunk, Nan came over and stayed the night with the kids.",
    "On the nights dad drinks, the children sleep at their aunt's house.",
    "When mum felt low, she rang the crisis line and asked Nan to have the children.",
    "Each time the arguments started, the eldest took his sister to the neighbour's.",
    "If mum has been using, dad keeps the children at his flat until she is well.",
    "Whenever mum's ex turned up, she called the police and kept the door locked.",
    "For six months, every time dad has relapsed, mum has asked him to leave.",
    "When he got violent she left with the kids and went to the refuge.",
    "When mum got overwhelmed with the crying, she put the baby in the cot and phoned Nan.",
    "Twice when dad came home drunk, the eldest rang Nan, who came and picked them up.",
    "When mum hears voices she rings her nurse and the children go to their dad's.",
    "Since the last incident, whenever there's a row, dad goes out until he has calmed down.",
    "After dad hit her in January, mum got an injunction and changed the locks.",
    "Each weekend dad drinks, Nan has the children.",
    "When mum was unwell after the overdose, her sister looked after the children.",
    "Every time dad was high, mum made sure the kids were at Nan's.",
    "Dad drinks most weekends. When he does, mum takes the kids to Nan's.",
    "Whenever dad drank, mum would take the kids to Nan's.",
    # One dated time with a call for help (a practitioner's walk: these were told they were
    # only a strength).
    "on 2nd dec T ran to nans and nan kept her overnight and rang 999",
    "On Saturday the neighbour heard banging and called the police, and took the boys in.",
]

SAFETY_MUST_FAIL: list[str] = [
    "Mum loves the children.",
    "Good school attendance.",
    "Nan is supportive.",
    "The house is clean.",
    "Dad works full time and provides for the family.",
    "When I visited, the house was clean and tidy.",
    "Mum takes the children to school every day.",
    "Whenever mum is at work, Nan takes the children to school.",
    "If dad drinks again, mum says she would take the children to Nan's.",
    "Mum will call the police if he comes back.",
    "Jayden enjoys football and has lots of friends.",
    "Dad has stopped drinking.",
    "Mum engages well with professionals.",
    "When the children are upset, mum comforts them and reads them a story.",
    "The children have a good bond with their dad.",
    "Mum has attended all her appointments since March.",
    "Nan would step in if things got bad.",
    "When dad was drinking, nobody called anyone.",
    "Mum said she has never seen dad drunk.",
    "Every Sunday the family has dinner at Nan's.",
    "When dad drinks he gets angry and shouts at the children.",
    "Mum plans to call her sister whenever dad drinks.",
    "When dad drinks, mum can ring Nan.",
    "Mum didn't call anyone when dad was drunk.",
    "On Saturday Nan took the children swimming.",
    "Mum will ring the police on Saturday if he turns up.",
    "",
]

N_JARGON_POSITIVE = len(JARGON_MUST_FIRE)
N_JARGON_NEGATIVE = len(JARGON_MUST_NOT_FIRE)
N_PRIVACY_POSITIVE = len(PRIVACY_MUST_FIRE)
N_PRIVACY_NEGATIVE = len(PRIVACY_MUST_NOT_FIRE)
N_SAFETY_POSITIVE = len(SAFETY_MUST_PASS)
N_SAFETY_NEGATIVE = len(SAFETY_MUST_FAIL)

REQUIRED_TERMS = [
    "DV", "domestic violence", "neglect", "substance misuse", "drug/alcohol misuse", "chaotic",
    "disguised compliance", "non-engagement", "inappropriate", "volatile", "concerns",
    "concerning", "poor home conditions", "unkempt", "aggressive", "mental health issues",
    "risky", "lack of boundaries", "toxic trio", "failure to thrive", "vulnerable", "at risk",
    "ASB", "CSE", "CCE", "NFA", "LAC", "CP", "CIN", "FII",
]


@pytest.fixture(scope="module")
def words() -> WordList:
    return load_word_list()


# ---------------------------------------------------------------- plain language


def test_case_counts_meet_the_brief() -> None:
    assert min(N_JARGON_POSITIVE, N_JARGON_NEGATIVE) >= 40
    assert min(N_PRIVACY_POSITIVE, N_PRIVACY_NEGATIVE) >= 40
    assert min(N_SAFETY_POSITIVE, N_SAFETY_NEGATIVE) >= 20


@pytest.mark.parametrize(("text", "term"), JARGON_MUST_FIRE)
def test_jargon_is_found(words: WordList, text: str, term: str) -> None:
    hits = find_jargon(text, words)
    assert term in [h.term for h in hits]
    for hit in hits:
        assert text[hit.span[0]:hit.span[1]] == hit.text


@pytest.mark.parametrize("text", JARGON_MUST_NOT_FIRE)
def test_plain_words_are_left_alone(words: WordList, text: str) -> None:
    assert find_jargon(text, words) == []


def test_hits_come_in_order_once_each_with_their_question(words: WordList) -> None:
    text = "Chaotic home, DV reported. More DV last week and the home is chaotic."
    hits = find_jargon(text, words)
    assert [h.term for h in hits] == ["chaotic", "DV"]
    assert hits[0].span == (0, 7)
    assert hits[1].question.endswith("?")


@pytest.mark.parametrize("text", [
    "Dad is quite a cold fish with the children.", "Nan is lovely but totally out of her depth.",
    "Mum has yet to show she can put the children first.",
    "There is a sense of unease in the household.", "Ongoing difficulties around home life."])
def test_a_claim_with_nothing_anyone_did_said_or_was_seen_to_do_is_asked_about(
        words: WordList, text: str) -> None:
    [hit] = find_wording(text, words)
    assert (hit.kind, hit.text) == ("claim", text.removesuffix("."))
    assert hit.question == "What did you see or hear, who did what, and when?"


@pytest.mark.parametrize("text", [
    "Dad grabbed T by the arm and pulled her out of the car.",
    'T said "Daddy is a cold fish when he drinks".', "Mum is a hairdresser and works Saturdays.",
    "Nan is in her seventies and uses a walking frame.",
    "Dad is quiet and did not say much during the visit.",
    "If nothing changes, J could be badly hurt."])
def test_behaviour_a_quote_a_plain_fact_and_a_prediction_are_not_claims(
        words: WordList, text: str) -> None:
    assert find_wording(text, words) == []


@pytest.mark.parametrize("text", [
    "Gran is really supportive of the family.", "Dad loves the children very much.",
    "shes such a lovely mum", "Mum is doing everything she can.",
    "Both parents are loving, caring and committed.", "The kids are well looked after.",
    "Parents work really well together for the children.",
    "Mum's new partner is a positive influence on the family.",
    "The children are safe with their father.",
    # A bond, progress, or a child said to be thriving, with nothing seen.
    "There is a strong bond between Mum and baby.", "Good attachment observed between M and Dad.",
    "Dad has turned a corner.", "Mum is trying really hard.", "K is thriving.",
    "The children are happy and settled.", "The twins are clearly loved.",
    "Mum only wants the best for her kids.", "Auntie is always there for them.",
    "Caring, loving and attentive mother.", "He is a very hands on dad.",
    "Parents work well with services.",
    # A change with nothing seen behind it.
    "Dad's not drinking any more.", "Mum has stopped using.", "Dad is sober now.",
    # Thirteenth round: praise of another adult, how the children are, a home said to be
    # fine, a change turned round, and praise that goes on after "and".
    "Nan is really supportive of Dad.", "The kids are happy, healthy and thriving.",
    "The baby is content and settled.", "The flat looked ok when we visited.",
    "The kids were fine when I visited.", "Dad has turned his life around.",
    "Mum has got her act together.", "Mum and Dad are very close and supportive.",
    "Mum is doing well and has come on leaps and bounds.",
    # Fourteenth round: a bond between named people, getting on, a child by name, effort
    # said of the parents, everyone agreeing, and trouble said to have stopped.
    "Strong bond between Maya and her dad.", "Mum and Dad get on well.",
    "Noah is settled and doing well at school.", "Zoe's doing well at school.",
    "Ruby is safe with Nan.", "The parents have worked hard with us.",
    "All professionals agree the children are safe with Nan.",
    "Everyone at the meeting agreed Tom is doing well.",
    "Mum and Dad get on much better these days and the arguing has stopped.",
    # Fifteenth round: effort said alone, how the children feel said for them, a home or
    # contact said to be good or going well, and no worry said in place of what was seen.
    "Nan is really trying.", "Mum is making a real effort.",
    "The twins feel settled at Aunty's.", "The baby seems to feel safe with him.",
    "This is a happy, safe home.", "Contact has been going brilliantly.",
    "The kinship placement seems to be going smoothly.",
    "We have no worries about Nan's care.", "No worries at all about the parents."])
def test_praise_of_a_caregiver_with_nothing_seen_is_asked_about(
        words: WordList, text: str) -> None:
    """What's working well needs what was seen as much as a worry does."""
    [hit] = find_wording(text, words)
    assert (hit.kind, hit.text) == ("claim", text.removesuffix("."))


@pytest.mark.parametrize("text", [
    "Nan is supportive and has the kids every Saturday so Mum can work.",
    "Dad is loving and patient with T: he read with her every night this week.",
    "Dad is great with the kids at bath time, he sings to them.",
    'K said "Mum is the best mum in the world".', "She is very close to her nan.",
    "Mum will be a great support to him.", "Dad loves football.", "T loves drawing dinosaurs.",
    "Mum was positive about the new nursery and visited it twice.",
    "Nan is a great cook.", "Dad is close by and pops in most days.",
    "The children are happy and settled since moving to Nan's in March.",
    "K has improved her attendance to 95%.", "The baby is doing well after the operation.",
    "Dad has been sober since March and his breath tests were clear.",
    "Dad is clean and tidy.", "Dad has cut down on drinking to weekends only.",
    # Praise words in another sense, or with a limit or a circumstance said.
    "Dad is involved in a dispute with the neighbours over the fence.",
    "Dad is close to the pub and goes most nights.", "Mum cares for her brother, who is disabled.",
    "The children are safe at school but not at home.",
    "Nan is always there for them when Mum is in hospital.",
    "The kids are safe with Nan while Mum is at work.",
    "The baby is doing well on the new formula.",
    "Mum is trying really hard to get the boys to school on time.",
    "Gran is supportive but cannot have the kids overnight.",
    "Nan is trying to get the boys into a routine at bedtime.",
    "K told me she feels safe with her aunty and sleeps better there.",
    "Contact is going well: Dad has come on time to all 8 sessions since May.",
    "It was a happy home until Dad moved back in.",
    "The nursery have no concerns about her speech.",
    "Dad is doing his best but the house is still cold.",
    "Nan is supportive of Mum's plan to leave and drove her to the refuge on Friday.",
    "The kids are happy when Dad does their bath and reads to them.",
    "The house was fine but there was no food in the fridge.",
    "Home was fine until the boiler broke in March.",
    "Dad has turned the spare room into a bedroom for the boys.",
    "The family are very close to Nan and see her every Sunday.",
    "T is settled in her new class and has made two friends.",
    "Kai is settled at Nan's and has been in school every day since March.",
    "Mum and Dad got on well at the meeting on Friday and agreed who would collect the kids.",
    "The arguing has stopped since Dad moved out in May.",
    "Tom is doing well in the football team and scored twice on Saturday.",
    "Everyone agreed Nan will have the kids on Fridays.", "Leah is 14 and lives with her mum.",
    "Positive relationship between Mum and the health visitor, who she texts every week."])
def test_praise_with_what_backs_it_a_childs_words_or_a_plan_is_left_alone(
        words: WordList, text: str) -> None:
    assert find_wording(text, words) == []


def test_a_long_list_of_praise_is_read_in_one_pass(words: WordList) -> None:
    """Each word of praise can be read one way only: a list of forty of them is answered at
    once, not after the minutes that trying every way of reading it would take."""
    assert find_wording("She is a " + "hands-on, " * 40 + "cook.", words) == []
    [hit] = find_wording("Mum is " + "very loving and " * 40 + "caring.", words)
    assert hit.kind == "claim"
    [hit] = find_wording("The kids are " + "happy and " * 40 + "thriving.", words)
    assert hit.kind == "claim"
    [hit] = find_wording("Mum is doing well" + ", and is doing well" * 200 + ".", words)
    assert hit.kind == "claim"


def test_a_question_an_instruction_and_the_jargon_alone_are_no_claims(words: WordList) -> None:
    assert find_wording("Does the family see this worry differently?", words) == []
    assert find_wording("Give a separate statement only to a different danger.", words) == []
    assert find_jargon("Dad is quite a cold fish.", words) == []


def test_a_sentence_already_asked_about_is_not_asked_about_again_as_a_claim(
        words: WordList) -> None:
    hits = find_wording("Mum is chaotic. Dad is quite a cold fish.", words)
    assert [(h.kind, h.text) for h in hits] == [
        ("word", "chaotic"), ("claim", "Dad is quite a cold fish")]


def test_longer_phrase_wins_over_a_word_inside_it(words: WordList) -> None:
    hits = find_jargon("Mum has mental health concerns.", words)
    assert [h.term for h in hits] == ["mental health issues"]


def test_word_list_loads_with_every_required_term(words: WordList) -> None:
    terms = {t.term for t in words.terms}
    assert set(REQUIRED_TERMS) <= terms
    assert len(terms) >= len(REQUIRED_TERMS) + 12


def test_questions_are_short_kind_questions(words: WordList) -> None:
    for term in words.terms:
        assert "?" in term.question, term.term
        assert len(term.question) <= 130, term.term


def test_broken_copy_names_the_file_the_line_and_the_field(tmp_path: Path) -> None:
    text = WORD_LIST_PATH.read_text(encoding="utf-8")
    broken = tmp_path / "council.yaml"
    broken.write_text(text.replace("  - term: DV\n    question:", "  - term: DV\n    questoin:", 1))
    with pytest.raises(WordListError) as caught:
        load_word_list(broken)
    message = str(caught.value)
    assert str(broken) in message
    assert "terms[0].question: this field is required" in message
    assert "terms[0].questoin: unknown field" in message
    line = text.splitlines().index("  - term: DV") + 2
    assert f"{broken}:{line}:" in message
    assert isinstance(caught.value, ValueError)


def test_a_term_listed_twice_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "twice.yaml"
    copy.write_text("terms:\n  - term: DV\n    question: What?\n  - term: dv\n    question: Who?\n")
    with pytest.raises(WordListError, match=re.escape(f"{copy}:4: terms[1].term: the term 'dv' "
                                                      "is listed twice")):
        load_word_list(copy)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    copy = tmp_path / "bad.yaml"
    copy.write_text("terms:\n  - term: DV\n    question: In plain words: what happened?\n")
    with pytest.raises(WordListError, match=re.escape(f"{copy}:3:") + " not valid YAML"):
        load_word_list(copy)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WordListError, match="cannot read file"):
        load_word_list(tmp_path / "nowhere.yaml")


def test_a_council_can_add_its_own_term(tmp_path: Path, words: WordList) -> None:
    extended = tmp_path / "council.yaml"
    extended.write_text(
        WORD_LIST_PATH.read_text(encoding="utf-8")
        + "\n  - term: front door\n    variants: [the hub]\n"
        + "    question: Which team did you contact, and what did you ask them to do?\n"
    )
    council = load_word_list(extended)
    text = "Passed to the front door and then the hub. Still DV."
    assert [h.term for h in find_jargon(text, words)] == ["DV"]
    assert [h.term for h in find_jargon(text, council)] == ["front door", "DV"]


def test_language_check_lines_reports_only_flagged_lines(words: WordList) -> None:
    lines = ["Dad hit Mum on Friday.", "DV again.", "", "Chaotic and CP."]
    assert list(language_check_lines(lines, words)) == [(2, ["DV"]), (4, ["Chaotic", "CP"])]


# ---------------------------------------------------------------- privacy


@pytest.mark.parametrize(("text", "kind", "found"), PRIVACY_MUST_FIRE)
def test_personal_data_is_found(text: str, kind: str, found: str) -> None:
    hits = find_personal_data(text)
    assert (kind, found) in [(h.kind, h.text) for h in hits]
    for hit in hits:
        assert text[hit.span[0]:hit.span[1]] == hit.text


@pytest.mark.parametrize("text", PRIVACY_MUST_NOT_FIRE)
def test_ordinary_case_notes_are_not_personal_data(text: str) -> None:
    assert find_personal_data(text) == []


def test_privacy_covers_every_kind() -> None:
    kinds = {kind for _, kind, _ in PRIVACY_MUST_FIRE}
    assert kinds == {"full_name", "date_of_birth", "address", "postcode", "phone", "email",
                     "nhs_number"}


def test_privacy_hits_come_in_order() -> None:
    text = "Jayden Smith, DOB 12/03/2015, 14 Acacia Avenue, LS6 2AB, 07700 900123."
    assert [h.kind for h in find_personal_data(text)] == [
        "full_name", "date_of_birth", "address", "postcode", "phone"]


# ---------------------------------------------------------------- existing safety


@pytest.mark.parametrize("text", SAFETY_MUST_PASS)
def test_protective_action_reads_as_safety(text: str) -> None:
    assert looks_like_safety(text)


@pytest.mark.parametrize("text", SAFETY_MUST_FAIL)
def test_strengths_and_plans_are_not_safety(text: str) -> None:
    assert not looks_like_safety(text)


def test_safety_nudge_is_short_and_plain() -> None:
    assert len(SAFETY_NUDGE) < 400
    assert "strength" in SAFETY_NUDGE
    assert SAFETY_NUDGE.endswith("?")


def test_a_term_can_be_left_alone_after_a_word(tmp_path: Path, words: WordList) -> None:
    assert find_jargon("There were no concerns at the 8-week check.", words) == []
    assert [h.term for h in find_jargon("Nursery have concerns.", words)] == ["concerns"]
    council = tmp_path / "council.yaml"
    council.write_text("terms:\n  - term: front door\n    unless_preceded_by: [the old]\n"
                       "    question: Which team did you contact?\n")
    own = load_word_list(council)
    assert find_jargon("We rang the old front door line.", own) == []
    assert [h.term for h in find_jargon("We rang the front door.", own)] == ["front door"]


@pytest.mark.parametrize("text", [
    "The child protection plan is under the category of neglect.",
    "Both children are on plans for neglect and emotional abuse.",
    "Registered under: neglect",
])
def test_a_harm_named_as_a_plans_category_is_its_name(words: WordList, text: str) -> None:
    assert find_jargon(text, words) == []


def test_a_neglectful_home_is_still_asked_about(words: WordList) -> None:
    hits = find_jargon("Mum is under a lot of stress and neglectful.", words)
    assert [h.text for h in hits] == ["neglectful"]


def test_small_letter_abbreviations_in_notes_are_asked_about(words: WordList) -> None:
    hits = find_jargon("hv visit, sw to ring yp", words)
    assert [h.text for h in hits] == ["hv", "sw", "yp"]


@pytest.mark.parametrize("text", ["Nan lives in B33 8TH now.", "Postcode SW1A 1AA",
                                  "Moved to LS6 2AB last week."])
def test_a_postcode_is_not_asked_about_as_an_abbreviation(words: WordList, text: str) -> None:
    # It is the privacy check's: "write out what SW1A stands for" would be no help.
    assert find_jargon(text, words) == []
    assert [h.kind for h in find_personal_data(text)] == ["postcode"]


# ---------------------------------------------------------------- eighth round: families
# Each rule with a phrasing it was not written from, and a plain sentence close to it.
FAMILIES: list[tuple[str, str, str]] = [
    ("a label for a person", "Her uncle is a known groomer.",
     "Her uncle is a known footballer in the town."),
    ("a label for a person", "Stepdad is a self-confessed racist.",
     "Dad has a criminal record for theft in 2015."),
    ("says the right things", "Mum is ticking boxes for the social worker.",
     "Mum ticked the boxes on the school form and sent it back."),
    ("not forthcoming", "Dad was less than upfront about where he lives.",
     "The forthcoming conference is on the 3rd."),
    ("declined support", "Parents turned down all offers of help.",
     "Mum refused help from her sister's boyfriend to move house."),
    ("plays it down", "Dad brushes it off when the school rings him.",
     "Dad brushed the snow off the car before the school run."),
    ("takes no responsibility", "He shows no remorse for what happened to the baby.",
     "Dad took responsibility for the school run on Tuesdays."),
    ("a guess at motive", "Mum is colluding with her partner against the plan.",
     "The children played games with their cousins in the park."),
    ("a wobble", "Dad had a bit of a blip at Easter.",
     "The baby had an episode of vomiting after the feed."),
    ("got heated", "The row got out of hand in the car park.",
     "Dad held T's hand firmly when they crossed the road."),
    ("signs of", "The school noticed warning signs last term.",
     "The builder found signs of damp in the back bedroom."),
    ("a tip", "The flat was a pigsty when I called.",
     "The flat was warm and there was food in the fridge."),
    ("good enough", "There are gaps in Dad's supervision.",
     "Dad's cooking was good enough for the kids to eat it all."),
    ("being exploited", "We think K is being trafficked.",
     "K could be trafficked if the men keep calling her."),
    ("harmful sexual behaviour", "J has shown harmful sexual behaviour at school.",
     "J's school runs lessons on healthy relationships."),
    ("progress", "Limited progress since the last review.",
     "T has made good progress in reading this term."),
    ("the wrong men", "Mum goes for the wrong sort every time.",
     "Mum went for a walk with the wrong dog lead."),
    ("knowing the risks", "Mum went back to him despite being warned of the dangers.",
     "Mum knows the way to the hospital."),
    ("likes a drink", "Dad was off his face at the party.",
     "The window was smashed by a ball."),
    ("a temper", "Dad was in a mood all evening.", "Dad was in a good mood all evening."),
    # Ninth round.
    ("a label in two words", "Stepmum is pig-headed about bedtimes.",
     "Mum is open-minded about the parenting group and went on Monday."),
    ("a label said as an idiom", "Her brother is his own worst enemy.",
     "Dad is the sort of person who rings back the same day."),
    ("lost his rag", "Dad blew his top at the kids on Sunday.",
     "Dad lost his job in March and has been home since."),
    ("put his hands on", "Her partner went for her in the kitchen.",
     "Nan went for a walk with the children after lunch."),
    ("a bit of pushing", "There was a bit of shoving at handover.",
     "Dad pushed the buggy to nursery and stayed for the session."),
    ("tanked up", "Mum was sozzled by teatime.",
     "Mum was pleased with the new flat and showed me round."),
    ("a special interest", "The neighbour is a bit too keen on the girls.",
     "Gran is keen on gardening and the girls help her."),
    ("not in a good place", "Dad has been out of sorts since the funeral.",
     "Dad was in a good mood at the funeral tea."),
    ("tensions", "There is friction between Mum and Nan over the kids.",
     "The tension on the washing line snapped."),
    ("vulnerabilities", "Mum has a number of stressors at present.",
     "Mum said her biggest stress is the bus fare to college."),
    ("an incident occurred", "An incident took place on the landing.",
     "The health visitor said something happened to the baby's hip at birth."),
    ("is a concern", "His weight remains a concern.",
     "The baby's weight is a worry for the GP, who weighs him weekly."),
    ("moving the goalposts", "Mum is dragging her feet over the referral.",
     "T dragged his feet on the way to school because his shoes hurt."),
    ("provoked him", "The boy pushes his buttons until he snaps.",
     "The story provoked laughter from the whole class."),
    ("meeting men", "She has been chatting to older men on the app.",
     "She chats to her friends online after school."),
    ("going back to him", "Mum won't leave her partner.",
     "Mum won't leave the house without telling Dad where the kids are."),
]


@pytest.mark.parametrize(("name", "flawed", "plain"), FAMILIES)
def test_each_family_of_wording_is_asked_about_and_its_lookalike_is_not(
        words: WordList, name: str, flawed: str, plain: str) -> None:
    assert name in [h.term for h in find_jargon(flawed, words)], flawed
    assert name not in [h.term for h in find_jargon(plain, words)], plain


def test_the_rules_questions_are_short_kind_questions() -> None:
    for rule in RULES:
        assert "?" in rule.question, rule.name
        assert len(rule.question) <= 130, rule.name


@pytest.mark.parametrize("answer", ["Mum " + "has " * 5000 + "issues.",
                                    "Dad said the code was " + "7" * 4000 + "."],
                         ids=["a run of 'has'", "a run of digits"])
def test_an_answer_of_one_word_repeated_thousands_of_times_is_read_without_failing(
        answer: str) -> None:
    """A run of "has" was read one call deeper per word (RecursionError, and the turn failed
    with "Sorry"); a run of digits was tried as an age from each of its digits (seconds on
    the event loop for a few thousand)."""
    find_wording(answer, load_word_list())


# Sixteenth round: a claim said whole, with nothing seen, is asked about; told with what was
# seen, or in someone's own report, it is left alone.
@pytest.mark.parametrize(("claim", "plain"), [
    ("Mum is doing everything that's asked of her.",
     "Mum did everything the GP asked: gave the medicine at 8am and 8pm and kept the chart."),
    ("Everything's been fine since the last meeting.",
     "Mum says everything's been fine since the last meeting; school have seen no bruises."),
    ("Those children want for nothing.",
     "The children have everything they need for school: uniform, PE kit and a coat."),
    ("Mum has really turned a corner this month.",
     "Mum has turned the corner bedroom into a room for the baby this month.")])
def test_a_whole_claim_with_nothing_seen_is_asked_about_and_one_told_is_not(
        words: WordList, claim: str, plain: str) -> None:
    assert find_wording(claim, words) != [], claim
    assert find_wording(plain, words) == [], plain


@pytest.mark.parametrize(("flawed", "plain"), [
    ("Dad is in total denial about the drinking.",
     "Dad said he drank six cans on Friday and hit the door."),
    ("Concerns about the home.",
     "The Early Help Concerns Form the school sent on 3/10 says A came in 6 days out of 10 in "
     "the same uniform.")])
def test_denial_however_strong_is_asked_about_and_a_forms_name_is_not(
        words: WordList, flawed: str, plain: str) -> None:
    assert find_jargon(flawed, words) != [], flawed
    assert find_jargon(plain, words) == [], plain


# Eighteenth round: a label with what the person did right after it says what it meant, and a
# meeting named as when something happened is a time.
@pytest.mark.parametrize("answer", [
    "Mum was hostile on the doorstep, shouting and swearing at me in front of the baby.",
    "Dad became aggressive at contact on 3/5 - kicking the door and calling T a liar.",
    "Dad was aggressive and intimidating, shouting in my face at the door on Monday.",
    "After the strategy meeting Dad left the house and went to stay with his brother.",
    "At the strategy meeting on 3/4 police said Dad had been arrested twice."])
def test_a_label_or_a_meeting_beside_what_was_done_is_left_alone(answer: str) -> None:
    assert find_wording(answer, load_word_list()) == [], answer


@pytest.mark.parametrize(("answer", "asked"), [
    ("Dad is aggressive and hostile towards professionals.", "aggressive"),
    ("Dad can be aggressive when he has had a drink.", "aggressive"),
    # What follows is someone else's doing, not what the label meant.
    ("Dad is aggressive and the kids are scared, saying they don't want to go home.",
     "aggressive"),
    ("Strategy meeting held on 1/12.", "Strategy meeting"),
    ("After the strategy meeting.", "After the strategy meeting")])
def test_a_label_or_a_meeting_on_its_own_is_still_asked_about(answer: str, asked: str) -> None:
    assert asked in [h.text for h in find_wording(answer, load_word_list())], answer


# Eighteenth round: a home said to be safe or calmer, times counted and a worry said, each
# with nothing of what was seen.
@pytest.mark.parametrize("answer", [
    "The house is now safe.",
    "The flat feels calmer for the kids.",
    "There have been several instances recently.",
    "It has happened a few times.",
    "Nursery are concerned about K.",
    "I am really worried about her."])
def test_safety_times_or_a_worry_with_nothing_seen_are_asked_about(answer: str) -> None:
    assert find_wording(answer, load_word_list()), answer


@pytest.mark.parametrize("answer", [
    "The home is safe now that the stair gate is fitted and the knives are locked away.",
    "The house is safer since Dad moved out and mum changed the locks.",
    "There have been a few occasions when Dad came home drunk and hit mum.",
    "There were lots of times he made me laugh.",
    "School are worried about him because he has been coming in hungry.",
    "School are worried about his weight.",
    "School are worried about him; he came in with a black eye on Monday.",
    "Mum is worried about him going out at night with older lads."])
def test_safety_times_or_a_worry_with_what_was_seen_are_left_alone(answer: str) -> None:
    assert find_wording(answer, load_word_list()) == [], answer


@pytest.mark.parametrize("unit", [
    "Amelia ", "Kai (15) is a ", "Mum must have known what he did to Amelia and ",
    "The whānau are hiding Aroha from us, ", "it isn't a good place for the kids ",
    "having contact with an older ", "Mum is a dog ", "Children's Hearing held, "])
def test_a_long_answer_of_names_and_this_rounds_wording_is_read_quickly(unit: str) -> None:
    # Whether a name followed a place word was once looked for in the whole sentence before
    # it, for every name: 4,096 characters of names took 0.15 s.
    words = load_word_list()

    def read(length: int) -> object:
        return find_wording((unit * (length // len(unit) + 1))[:length], words)

    assert growth(read, 1024) < LINEAR_AT_MOST
