"""Answer checks that let the bot nudge a practitioner, once and kindly.

One module per check, all pure functions over plain text:

- `plain_language`: labels, process words, vague risk, euphemism, victim-blaming wording and
  abbreviations not spelled out (the word list in `words`, the patterns in `labels`,
  abbreviations in `abbreviations`), and a sentence that says what a person is like with
  nothing anyone did, said or was seen to do (`claims`; praise with nothing seen, `praise`),
  or only what the services did, with
  nothing that happened (`process`), or only what the family is to take part in, with nothing
  of what will change for the child (`compliance`; `find_wording` asks about all four);
- `privacy`: a full name, date of birth, address, postcode, phone number, email or NHS number
  (and `name_in_label`: a person's name in a case label, in any casing);
- `safety`: strength or safety, whether an answer describes protective action taken when the
  danger was present;
- `danger_statement`: who is worried, what an adult does, and the likely effect on the child;
- `safety_goal`: what the caregiver will do, who will see it, and for how long.

Import a check from its own module: each compiles its rules when first imported (about a
second for all of them), and `sosbot keys`, `purge` or a start-up error need none of them.
"""
