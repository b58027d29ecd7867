"""What the engine says: each reply it writes, by name, in one place to read and reword
(the bot's own words are in `bot.wording`)."""

MSG = {
    "private_replaced": 'I haven\'t saved "{held}", which had personal details in it: your new '
    "line takes its place.",
    "unknown": "I don't know that command. /help shows what works here.",
    # a young person's "none" where their own words are needed
    "their_none": 'I\'ve kept "{typed}" as their own words. If that is all they said, send '
    "done; if they said more, send it and it is added here.",
    # a signature pasted at "Written by": who wrote it kept, the rest left out
    "signature": 'I\'ve kept "{kept}" as who wrote this, and left out the rest of the '
    "signature (its {left}): none of it is part of the record. /back changes it.",
    # ... and at a partner's role, asked without her name
    "signature_role": 'I\'ve kept "{kept}" as your role, and left out the rest of the '
    "signature (its {left}): the role is shown beside your answers. /back changes it.",
    # ... there, with a name left on the role's line, which the privacy reminder asks about
    "signature_asked": "I've left out the rest of the signature (its {left}): none of it is "
    "part of the record.",
    # ... and where the name and role lines alone are over the question's limit
    "signature_long": "I've left out the rest of the signature (its {left}), but your name "
    "and role lines alone are too long for this question.",
    # ... there at a partner's role, her name left out with the rest
    "signature_role_long": "I've left out the rest of the signature (its {left}), but the role "
    "line alone is too long for this question.",
    # the child's "none", asked about, then their words: "none" is left out
    "none_left_out": 'I\'ve left out "{typed}", as they said more: their words here start '
    "with this one.",
    "bare_command": 'I\'ve read "{typed}" as /{name}, not as an answer.',
    "nothing_onward": "There's no other line waiting to go to the next question.",
    "removed": 'I\'ve taken out item {n}, "{item}".',
    "no_such_item": "There's no item {n} here: the list has {count}.",
    "choose_first": 'I haven\'t saved "{typed}". First, please tell me where your line before '
    "it goes:",
    "rewrite_while_where": 'I\'ve put "{typed}" in place of "{earlier}" as your answer to '
    '"{title}": it is saved once you choose below where "{line}" goes.',
    "rewrite_named": 'I haven\'t put "{typed}" in place of your answer to "{title}". '
    "{reminder} Then send it again, or choose below.",
    # ... and one another check would ask about, as it asks of any answer typed there
    "rewrite_asked": 'I haven\'t put "{typed}" in place of your answer to "{title}". {reminder} '
    "Send it again changed (or as it is, to put it in place), or choose below.",
    "rewrite_asked_why": 'I haven\'t put "{typed}" in place of your answer to "{title}": {why}. '
    "Send it again {again} (or as it is, to put it in place), or choose below.",
    "position_while_where": 'I can\'t tell which choice "{typed}" means (the choices have no '
    "numbers, and it could be your second answer or a button): please choose it below.",
    "position_while_where_typed": 'I can\'t tell which choice "{typed}" means (it could be '
    "your second answer or a choice): please type it: /replace, /next or /keep.",
    "number_while_where": 'I haven\'t kept "{typed}": the question it would go to does not '
    "take a number alone. If you meant one of the choices below, choose it there (they have "
    "no numbers); if {typed} is an answer, send it again once you have chosen.",
    # ... at the terminal, where the choices are typed as commands
    "number_while_where_typed": 'I haven\'t kept "{typed}": the question it would go to does '
    "not take a number alone. If you meant one of the choices, type it: /replace, /next or "
    "/keep; if {typed} is an answer, send it again once you have chosen.",
    # the tool updated (and the bot restarted) while a reminder or a choice held lines
    "updated_line": 'This tool was updated while your answer "{line}" waited for your reply to '
    "my note about it, and the question it was for has changed, so I haven't saved it. Send "
    "it again at its question if you need it.",
    "updated_lines": "This tool was updated while your lines waited for your choice of where "
    "they go, and the question they were for has changed, so I haven't saved them: {lines}. "
    "Send each you need again at its question.",
    "held_too": 'I\'ve kept "{typed}" too, after "{first}": it goes on once you choose below.',
    "aside_not_held": 'I haven\'t kept "{typed}" as an answer: choose below where "{line}" '
    "goes.",
    "aside_at_note": 'I haven\'t kept "{typed}" as an answer. Here is the note again:',
    "replaced": 'I\'ve saved "{line}" as your answer to "{title}", in place of "{earlier}".',
    "typed_on": 'Your next line, "{line}", is saved as the answer to "{title}" (/edit {n} '
    "to change it).",
    "typed_on_lines": 'Your next {count} lines, sent together, "{line}", are saved as one '
    'answer to "{title}" (/edit {n} to change it).',
    "typed_on_wait": "I haven't saved your lines after it: {lines}. They came before the note "
    "below, so answer it first, then send each again at its question.",
    "typed_on_list": 'I haven\'t saved your lines after it: {lines}. "{title}" takes as many '
    "lines as you send, so I can't tell which of yours are for it: send any more for it "
    "now, then the rest at their questions.",
    "reminder_then_where": "Your next line came before this note: first choose below where it "
    "goes. Then, to change this answer, /review lists it.",
    "would_leave_out": 'I haven\'t acted on /{name} yet: "{line}" and {after} you typed after it '
    'are waiting for your choice below of where "{line}" goes, and /{name} now would leave '
    "them out. Choose first, then send /{name} again if you still need it.",
    "would_leave_out_one": 'I haven\'t acted on /{name} yet: your line "{line}" is waiting for '
    "your choice below of where it goes, and /{name} now would leave it out. Choose first, "
    "then send /{name} again if you still need it.",
    "left_with_choice": 'I haven\'t kept "{rest}" with your choice: only the option can be '
    "saved here. Put it in an answer where it fits.",
    # /edit only asks that question again: the line stays where it was saved until changed
    "another_go": 'It reads like another go at "{before}": /edit {n} asks that question '
    "again, for you to send it there. Until you change it with /edit {here}, it stays saved "
    "here too.",
    "number_theirs_apart": "I've saved {n} as your number, and not {their} as why you chose "
    "it: that reads as the number {who} gave, which has its own question after this one.",
    "number_saved_why": 'I\'ve saved {n} as the number, and {why} as why (/back to change '
    "either).",
    "number_held_why": 'I\'ve saved {n} as the number. Your reason, {why}, goes under "{title}" '
    "once you have answered the note about it below.",
    "answer_saved_account": 'I\'ve saved "{answer}", and "{account}" as your answer to '
    '"{title}" (/back to change either).',
    "account_replaced": 'It replaces your answer there before, "{earlier}".',
    "answer_held_account": 'I\'ve saved "{answer}". The rest of your line goes under "{title}" '
    "once you have answered the note about it below.",
    "answer_parts_account": 'I\'ve saved "{answer}". The rest of your line, "{account}", is '
    'not saved: what comes next is asked a part at a time, "{title}" first, so send each '
    "part at its own question.",
    "answer_refused_account": 'I\'ve saved "{answer}". The rest of your line was not saved '
    'under "{title}": see below.',
    "number_refused_why": "I've saved {n} as the number. Your reason was not saved: see "
    "below.",
    "one_point_more": "The question for why also asks what one point higher would look like. "
    'To add that to your reason, send + and your words, like "+ a {up} would be ...". '
    "Otherwise, answer the question below.",
    "one_point_more_done": "The question for why also asks what one point higher would look "
    'like. To add it, /review lets you change "{title}": there, send + and your words, like '
    '"+ a {up} would be ...", and they are added at its end.',
    "more_added": 'I\'ve added that to your reason for {n}, which now reads "{why}".',
    "why_replaced": 'It replaces the reason you gave before, "{earlier}".',
    "why_kept": 'Until a new one is saved, the reason you gave before, "{earlier}", stays.',
    "drawing_again": '"{typed}" is still what the child drew, described in your words, so I '
    "haven't saved it (or the line before it) as theirs. Send only words they said or wrote, "
    "or /skip if they said nothing here; what they drew goes with what you noticed, later on.",
    "stopping_held": "I haven't saved that: it reads as a note that you have to stop for now. "
    "Your answers so far are saved; when you come back, the note about your answer below "
    "is still waiting for you.",
    "their_why_asked": 'I haven\'t saved "{typed}". If it is why "{who}" gave {n}, send it '
    "again and I'll keep it beside that number. If not, please send one whole number for "
    "this question.",
    "unsure_left_out": 'I\'ve left out "{note}": it reads as a note to me, not part of your '
                       "answer.",
    "number_changed": "I've changed your number from {was} to {n}.",
    "why_for_back": 'Your reason, "{why}", was given for {was}: /back goes to it if it no '
    "longer fits.",
    "number_same": "Your own number is {n} already, so I've left it as it is.",
    "number_changed_at": 'I\'ve changed your answer to "{title}" from {was} to {n}.',
    "number_changed_by": 'I\'ve changed the number "{title}" gave from {was} to {n}.',
    "why_another_number": "I've saved your reason. It starts with {said}, and the number you gave "
    "is {n}: if the number is {said}, /review lists both, and /edit changes the number.",
    "their_why_words": 'I haven\'t saved {n} for "{who}" yet. {nudge}\n\nIf "{why}" is how '
    "they put it, send it again and I'll keep it beside their number; or send the number with "
    "what they said or did that gives it.",
    "their_why_kept": 'I\'ve kept "{why}" as why "{who}" gave {n} (/back to change it).',
    "their_number_why": 'I\'ve saved {n} as the number for "{who}", and {why} as why '
    "(/back to change either).",
    "number_only": "I've saved {n} as the number, but there was no question for why just "
    "now, so your words were not saved.",
    "dated_too_long": "With the date put in, your answer would be {n} characters; the limit "
    "here is {max}. Nothing is saved yet: could you send the whole answer again, shorter, "
    "with the date in it?",
    # an account of what happened typed at a question of when (`flows.accounts`)
    "account_at_when": 'I haven\'t saved "{typed}" as "{title}": it reads as what happened, not '
    "when. {where}If it was your answer here, send it again.",
    "account_goes": 'What happened has its own question later on, "{title}": send it there.',
    "account_goes_answered": 'What happened goes under "{title}", which you have answered: '
    "/review lets you add it there.",
    "dated_in": 'I\'ve put the date in your answer: "{value}".',
    "number_pictures": 'I\'ve saved {n}. Only the number is kept here, not "{pictures}".',
    "number_alone": "Here I can keep only the number, so your words were not saved. Send {n} "
    "if that's right.",
    "scale_which": "I can see {count} numbers there ({listed}), so I haven't saved {none}. "
    "Which is it now? Send that number, and why after it if you like.",
    "scale_people": "I can see two people's numbers there ({listed}), so I haven't saved "
    "{none}. Send the one this record gives here, and why after it if you like. {others}",
    "scale_people_theirs": "I can see two people's numbers there ({listed}), so I haven't "
    'saved {none}. Send only the number for "{who}" here; the others have questions of '
    "their own.",
    "scale_people_others": 'Each other person\'s number, and why, has its own question after '
    'it: "{title}".',
    "scale_people_why": 'To keep the other number too, put it in your reason, like "{n} - '
    '{who} {m}, because ...".',
    "not_taken": 'I haven\'t saved "{typed}". {problem}',
    "continues": 'That starts with "{word}", as if it is the rest of your answer to "{title}" '
    '("{earlier}"). /back adds it to the end of that answer; /keep keeps it here, as your '
    "answer to this question.",
    "not_added_back": 'I haven\'t added "{typed}" to this answer, which stays as it was. '
    "{problem} To add it, send it shortened with + and a space before it.",
    "continues_which": "Which is it: /back adds that line to the end of your answer before; "
    "/keep keeps it here, as the answer to this question.",
    "not_taken_ahead": 'It reads like a new version of your answer to "{title}", the question '
                       'after this one: /skip keeps this answer and goes on to it.',
    "not_taken_next": 'If it is your answer to "{title}", the question after this one, /skip '
                      'keeps this answer and goes on to it: then send it again there.',
    "not_taken_after_yes": 'If it is your answer to "{title}", the question a yes asks next, '
                           "answer Yes first and send it there.",
    "not_taken_skipped": 'If it is your answer to "{title}", which was left out, /back goes '
                         "back to it.",
    "adds_back": 'I haven\'t saved "{typed}" here. {problem} If it is the rest of your answer to '
    '"{title}", /back adds it to the end of that answer and brings you back to this question.',
    "not_taken_back": 'If it belongs with your answer to "{title}", /back goes back to it.',
    "not_taken_back_whole": 'If it belongs with your answer to "{title}" ("{earlier}"), /back '
    "goes back to it. What you send there replaces that answer: send all of it again with "
    "these words added, or send + and these words to add them at its end.",
    "no_next": 'I\'ve kept "{earlier}" as your answer to "{title}". There is no next '
    "question, so your other line was not used.",
    "lost_quoted": "If those are words someone said, and your answer, send it again.",
    "where_you_were": "Hello again. Here is where you were (your answers so far are saved):",
    "hello_first": "Hello. Here is the question we're on:",
    "away_again": "If what you sent was your answer to it, send it again and I'll save it.",
    "stopping": 'I haven\'t saved "{typed}" as an answer: it reads as a note that you have to '
    "stop for now. Your answers so far are saved, and the question we're on is below for when "
    "you come back. If it was your answer, send it again.",
    "about_the_tool": 'I haven\'t saved "{typed}" as an answer: it reads as a question about '
    "this tool. Every answer is saved as you give it, so you can stop at any point (/pause) "
    "and carry on later where you left off (/resume); the question's number shows how far "
    "through you are. If it was your answer, send it again.",
    "send_held": 'I haven\'t saved "{typed}" as an answer. Nothing is sent yet: first choose, '
    'below, what to do with your answer to "{title}". At the end you\'ll be asked whether to '
    "send.",
    "send_early": 'I haven\'t saved "{typed}" as an answer. Nothing is sent yet: there are '
    "still questions to answer, and at the end you'll be asked whether to send. The question "
    "we're on is below.",
    "wrong_tool": 'I haven\'t saved "{typed}". Answers can\'t be moved from one tool to another, '
    "as each asks its own questions: {start} This {title} draft stays saved as it is; /cancel "
    "discards it if you don't need it.",
    "tool_name": 'I haven\'t saved "{typed}": it reads as the name of a tool. {start} This '
    "{title} draft stays saved as it is. If it was your answer here, send it again.",
    "tool_name_partner": 'I haven\'t saved "{typed}": it reads as the name of a tool, and here '
    "you can answer this one contribution. If it was your answer here, send it again.",
    "wrong_tool_new": "/new {tool} starts that one, under a case label of its own.",
    "wrong_tool_any": "/new shows the tools, to start another under a case label of its own.",
    "scale_grade": 'I haven\'t saved "{typed}": this scale takes a number, and {max} is the safe '
    "end, so {typed} sits {sits}. Which number from {min} to {max} fits best?",
    "scale_grade_or_place": 'I haven\'t saved "{typed}": this scale takes a number, and {max} is '
    "the safe end. As a risk grading it sits {sits}; as a place on this scale, it is near "
    "{place}. Which number from {min} to {max} fits best?",
    "scale_wrong_end": 'I haven\'t saved it yet. You sent {n} with "{said}", but {max} is the '
    "safe end of this scale, so {said} sits {sits}. Send the number you meant, with your "
    "reason if you like, or send the same again to keep {n}.",
    "stopping_here": 'I haven\'t saved "{typed}": it reads as a note that you have to stop '
    "for now. Your answers so far are saved, and the question we're on is below for when you "
    "come back.",
    "yes_alone": 'I haven\'t saved "yes" on its own: someone reading this later won\'t know '
    "who or what it means. Please say who or what, in a few words. If yes is the whole "
    "answer, send it again.",
    "repeated": 'I haven\'t saved that here: it is the same as your answer to "{title}", '
    "which is saved already (sent twice?). If it is your answer to this question too, send "
    "it again.",
    "yes_no_unsure": 'I can\'t be sure whether "{typed}" means yes or no, so I haven\'t saved '
    "it. Please answer yes or no.",
    "repeated_choice": 'I haven\'t saved that here: it is the same as your answer to '
    '"{title}", which is saved already (sent twice?).',
    "question_itself": "I haven't saved that: it is the question itself, copied back to me. "
    "Please type your answer to it.",
    "correction": 'I haven\'t saved "{typed}" here: it reads as a correction of your answer '
    'to "{title}" ("{earlier}"). Here is that question again: send the whole answer as it '
    "should read, and then we'll go on.",
    "correction_list": 'I haven\'t saved "{typed}" here: it reads as a correction of your '
    'last item at "{title}" ("{item}"). Here is that question again: send -{n} to take that '
    "item out, then send it as it should read.",
    "change_last": 'I haven\'t saved "{typed}" as an answer. Here is "{title}" again: send '
    "the whole answer as it should read, and then we'll go on.",
    "change_how": 'I haven\'t saved "{typed}" as an answer. To change an answer, /back goes '
    "back a question at a time, and /review lists your answers, to change any of them; "
    "after it you come back here. The question we're on is below.",
    "change_again": "If it was your answer, send it again and I'll save it.",
    "who_saved_what": 'I\'ve saved "{who}" as "{title}", and "{what}" as "{next}" (/back to '
    "change either).",
    "who_held_what": 'I\'ve saved "{who}" as "{title}". The rest, "{what}", goes under '
    '"{next}" once you have answered the note about it below.',
    "who_refused_what": 'I\'ve saved "{who}" as "{title}". The rest was not saved as "{next}": '
    "see below.",
    "correction_further": 'I haven\'t saved "{typed}": it reads as a correction of an answer '
    "before it. /back goes back to the questions before, or /review shows your answers to "
    "change one; otherwise, please answer the question below.",
    "correction_here": 'I haven\'t saved "{typed}": it reads as a correction of the answer '
    "before it. Please send the whole answer as it should read.",
    "correction_item": 'I haven\'t added "{typed}": it reads as a correction of item {n}, '
    '"{item}". To change it, send -{n} to take that item out, then send it as it should read.',
}
