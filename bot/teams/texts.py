"""What the bot says to leads and partners about contributions, in one place."""

PARTNER_WELCOME = (
    "Hello. {lead} has asked you to add what you know to their safety mapping for \"{label}\"."
    "{taken} This bot, sosbot, asks questions based on the Signs of Safety framework; it is not an "
    "official Signs of Safety product. Your answers go to {lead}, who can put them in their "
    "summary for the meeting, under your service and role; you won't see their answers or "
    "anyone else's. You can go back and change an answer until you send it at the "
    "end; after that it is locked. "
    "/delete withdraws your contribution and erases it at any time."
)
OWN_LINK = ("That is the link for a partner to your own mapping: send it to them rather than "
            "opening it yourself. It still works for them.")
# A partner's link opened by someone on the team who does not lead its mapping (an admin, a
# colleague): it works once, and is the partner's it was sent to, unless they mean to answer it.
ANSWER_IT_Q = ("That is {lead}'s link for a partner ({agency}) to add what they know to "
               "\"{label}\". It works once: if you answer it yourself, whoever it was sent to "
               "can no longer use it. Answer it yourself?")
ANSWER_IT_YES = "Yes, I'll answer it"
ANSWER_IT_NO = "No, leave it for them"
LEFT_FOR_THEM = ("Alright: I haven't opened it, and it still works for whoever it was sent "
                 "to.")
ANSWER_IT_LAPSED = ("That question was asked a while ago, so I've let it go: the link hasn't "
                    "been opened. Open the link again if you still mean to answer it.")
TAP_TO_ANSWER = ("Tap \"Yes, I'll answer it\" above to answer that partner's link yourself, or "
                 "\"No, leave it for them\". I haven't saved what you typed.")
LED_BEFORE = ("That is a link for a partner to \"{label}\", a mapping you no longer lead (it was "
              "handed over): it is for the partner it was made for, so it has not been "
              "opened, and it still works for them.")
BUSY = ("You're still answering your contribution to \"{label}\" for {lead}, so this link "
        "has not been opened; it still works. Finish and send \"{label}\" (or {drop}), then "
        "tap this link again. Here is the question you're on for \"{label}\":")
READY = ("That's every question. Send your contribution to {lead} now?{taken} Once it is sent "
         "it can't be changed, though /delete still withdraws it.")
# To a partner whose link's mapping was handed to a colleague since the link was made (a name
# they have never heard of, otherwise, asking for what they know about a child)
TAKEN_OVER = " {lead} has taken \"{label}\" over from the colleague who sent you the link."
NOT_SENT_YET = ("Nothing has been sent yet: you're changing an answer. Answer the question "
                "below, and once every question is answered I'll offer to send it again.")
NOTHING_TO_SEND = "You have no contribution waiting to be sent, so nothing has been sent."
SENT = "Sent to {lead}, thank you. It is locked now; /delete withdraws it if you need to."
SENT_UNTOLD = ("Thank you: it is saved with {lead}'s mapping. {lead} can't be reached through "
               "this bot at the moment, so they haven't been told it has come; it is kept with "
               "the mapping for them. It is locked now; /delete withdraws it if you need to.")
ARRIVED = ("{name} has sent a contribution to your mapping \"{label}\". /review {label} "
           "shows it, and /summary {label} and /export {label} include it.")
# ... to a mapping its lead had finished before the part came (exported for conference, say).
ARRIVED_FINISHED = ("{name} has sent a contribution to your mapping \"{label}\", after you "
                    "finished it: /summary {label} and /export {label} include it now, but a "
                    "copy you exported or shared before it came doesn't have it. /review "
                    "{label} shows it.")
OPEN_FAILED = ("Sorry, something went wrong on my side, so your link has not opened and "
               "nothing was saved. Please open the link again (tap it where you were sent "
               "it) to start answering.")
ANSWERING_AGAIN = ("You're already answering this contribution, so the link has nothing more "
                   "to open. The question we're on is below.")
SENT_BEFORE = ("You've sent your part for \"{label}\" to {lead} already, so this link has "
               "nothing more to open; {lead} has it. It is locked now: /delete withdraws it if "
               "you need to.")
OWN_SPENT = ("That is a link you made for a partner to your own mapping, and it can't be "
             "opened any more (it has been used, or has run out): /review shows what partners "
             "have sent.")
OWN_WITHDRAWN = ("That is a link you made for a partner to your own mapping, and it was "
                 "withdrawn, so nobody can open it any more. /invite makes a new one if the "
                 "partner still needs it; /review shows what partners have sent.")
# "Send it to ..." pressed again, once it has gone (a slow phone, a double tap)
ALREADY_SENT = ("That's already sent, thank you: nothing more is needed. /delete withdraws it "
                "if you need to.")
LOCKED = ("Your contribution{to} has been sent, so it can't be changed here. If you have "
          "something new to add, tell the colleague who sent you the link directly, and if the "
          "child may be at risk now, follow your own safeguarding procedures today. /review "
          "shows what you sent; /delete withdraws your contribution and erases it.")
# "thanks" or "ok" once her part has gone: said to the bot, answered in a line (it had the
# whole note on what a sent part lets her do, just after being told it was sent)
SENT_THANKS = {"thanks": "You're welcome, and thank you for your help: nothing more is needed "
                         "from you.",
               "fine": "Thank you for your help: nothing more is needed from you."}
# /privacy asked by a partner: what a lead is told (drafts only she sees, her organisation's
# server, /cancel) is not so of hers
PARTNER_PRIVACY = ("What is kept: your answers to these questions, the service and role you "
                   "give, and your Telegram user id. Where: in this bot's own database, "
                   "encrypted, on the server of the organisation {lead} works for. Until you "
                   "send your answers, only you can see them; once sent, they go to {lead} and "
                   "are kept with their safety {mappings} for {labels}, and erased with {it}. "
                   "Message text is never written to logs. /delete withdraws your "
                   "contribution and erases everything about you here at once.")
# A partner's own part, sent and locked, shown to them again on /review, /summary or "what
# did I send?" (they were told only that it could not be changed).
SENT_COPY = "<b>What you sent to {lead} for \"{label}\"</b>"
SENT_COPY_LOCKED = ("It is locked now. If you have something new to add, tell {lead} directly; "
                    "/delete withdraws it.")
PARTNER_BACK = ("Welcome back. Here is the question we're on (your answers so far are saved; "
                "/review shows them):")
# The same two, when every question is answered and nothing sent: there is no question to
# show, and the Send button is what they came back for.
PARTNER_BACK_READY = ("Welcome back. Your answers are all saved, but they haven't been sent: "
                      "{lead} has nothing of them until you send them.")
ANSWERING_AGAIN_READY = ("You've answered every question of this link already, but your "
                         "answers haven't been sent, so {lead} doesn't have them yet.")
PARTNER_ONLY = ("With a partner's link you can answer this one contribution and nothing else. "
                "/review shows your answers, /back goes back, /resume asks the current "
                "question again, and /delete withdraws it.")
# A partner link opened by someone keeping as many drafts as anyone can (`MAX_UNFINISHED`,
# `MAX_KEPT` in bot.session_commands): a part is a draft of theirs too, so nothing is made,
# and the link is not spent.
LINK_TOO_MANY_UNFINISHED = (
    "You have {n} unfinished drafts, the most anyone can keep at once, so I haven't opened the "
    "link for \"{label}\": nothing was made for it. Finish or /cancel the ones you no longer "
    "need (/resume lists them), then open the link again: it still works.")
LINK_TOO_MANY_KEPT = (
    "You keep {n} drafts, finished or not, the most anyone can, so I haven't opened the link "
    "for \"{label}\": nothing was made for it. Finished drafts are erased {days} days after "
    "they were finished; /cancel and a label discards one you no longer need now (export it "
    "first if you need a copy), then open the link again: it still works.")
WITHDRAW_Q = ("Withdraw your contribution and erase everything stored about you here? The "
              "lead will be told it was withdrawn. This can't be undone.")
WITHDRAW_LAPSED = ("That question was asked a while ago, so I've let it go: nothing has been "
                   "withdrawn. Send /delete again if you still want to withdraw it.")
WITHDRAW_LAPSED_NAMED = ("I haven't saved \"{typed}\": it reads as your reply to which "
                         "contribution to withdraw, and that question was asked a while ago, "
                         "so I've let it go: nothing has been withdrawn. Send /delete again if "
                         "you still want to withdraw one; /continue shows the question you "
                         "were on.")
WITHDRAW_LAPSED_TYPED = ("The question whether to withdraw your contribution was asked a while "
                         "ago, so I've let it go: nothing has been withdrawn, and nothing sent. "
                         "To send it, tap Send below; to withdraw it, send /delete again.")
WITHDRAWN = "Withdrawn: your answers and everything else stored about you here are erased."
# After a withdrawal: how a part comes again (the link they had opened "this bot is only open
# to practitioners on its list", which is all a stranger is told).
AGAIN = (" To send a new contribution, ask {lead} for a new link: the one you had can't be "
         "opened again.")
WITHDRAW_WHICH_Q = ("You have contributed to more than one safety mapping: {parts}. Which do "
                    "you want to withdraw and erase? The colleague who asked you for it will "
                    "be told. This can't be undone.")
# WITHDRAW_WHICH_Q's next page asked for when a member's parts have fallen to one (withdrawn
# from another phone, or a mapping closed): the one left, to withdraw alone
WITHDRAW_LAST_PART = ("Only one part you contributed is left now: {part}. Do you want to "
                      "withdraw and erase it? The colleague who asked you for it will be told. "
                      "This can't be undone.")
# "More" under that question, every part gone since (not "nothing has been changed": a No's)
NO_PART_LEFT = ("None of the parts you contributed is left now: they were withdrawn or erased "
                "since that list was shown, so there is nothing to choose.")
# WITHDRAW_WHICH_Q for more parts than a page of buttons holds (`partners.WITHDRAW_PAGE`)
WITHDRAW_WHICH_PAGE = ("You have {n} contributions to safety mappings. Which do you want to "
                       "withdraw and erase? These are {first} to {last}: {parts}. \"More\" "
                       "shows the others. The colleague who asked you for it will be told. "
                       "This can't be undone.")
# A reply to WITHDRAW_WHICH_Q typed, not tapped: saved as an answer to the part under way.
WITHDRAW_TAP = ("I haven't saved \"{typed}\": it reads as your reply to which contribution to "
                "withdraw, and nothing has been withdrawn yet. To withdraw, tap the button for "
                "the one you mean below.")
WITHDRAWN_KEPT = ("Withdrawn: your contribution to \"{label}\" is erased, and the colleague who "
                  "asked you for it is told. Nothing else has been erased: your drafts, your "
                  "other contributions and your membership are as they were.")
# A member's "Withdraw all my parts" (`partners.withdraw_page`), asked once more, and done
WITHDRAW_ALL_KEPT_Q = ("Withdraw and erase all {n} parts you contributed? Each colleague who "
                       "asked you for one will be told. Your own drafts and your place on the "
                       "team stay. This can't be undone.")
# ... a "yes" typed to it, not tapped: asked again with its buttons, nothing saved
WITHDRAW_ALL_TAP = ("I haven't saved \"{typed}\" as an answer, and nothing has been withdrawn "
                    "yet: withdrawing erases your parts, so it is done by its button. Tap \"Yes, "
                    "withdraw all my parts\" below, or No.")
WITHDRAWN_ALL_KEPT = ("Withdrawn: your {n} parts are erased, and each colleague who asked you "
                      "for one is told. Nothing else has been erased: your drafts and your "
                      "membership are as they were.")
WITHDRAWN_ONE = ("Withdrawn: your contribution to \"{label}\" is erased, and the colleague who "
                 "asked you for it is told. Your other contributions are as they were; "
                 "/delete withdraws them too if you need to.")
CLOSED = ("{lead} has closed the safety mapping for \"{label}\", so nothing more is needed "
          "from you for it. What you gave for it has been erased with the mapping. Thank you "
          "for your help.")
CLOSED_UNNAMED = ("{lead} has closed a safety mapping you were asked to contribute to, so "
                  "nothing more is needed from you for it. What you gave for it has been "
                  "erased with the mapping. Thank you for your help.")
EXPIRED = ("{which} has been removed, because it reached the end of the time the council keeps "
           "such records. What you gave for it was removed with it, and nothing more is "
           "needed from you. Thank you for your help.")
EXPIRED_WHICH = "The safety mapping for \"{label}\" that {lead} asked you to contribute to"
EXPIRED_UNNAMED = "A safety mapping you were asked to contribute to"
WITHDRAWN_LEAD = ("The contribution from {name} to your mapping \"{label}\" has been withdrawn "
                  "by the person who sent it, so it is no longer in your summary. If you still "
                  "need their part, /invite makes a new link for them while the mapping is not "
                  "finished.")
WITHDRAWN_UNSENT_LEAD = ("The contribution from {name} to your mapping \"{label}\" has been "
                         "withdrawn before it was sent, so it will not come (it was never in "
                         "your summary), and what they had written is erased. If you still need "
                         "their part, /invite makes a new link for them while the mapping is "
                         "not finished.")
REMOVED_UNSENT_LEAD = ("The part {name} was writing for your mapping \"{label}\" will not come: "
                       "they are no longer on the team here, and what they had written has been "
                       "erased. If you still need it, /invite makes a new link while the "
                       "mapping is not finished.")
WHICH_AGENCY = ("Who is the link for? Their service names them in your summary until they "
                "answer; the link shows them only the case label and your first name.")
TOO_MANY_LINKS = (
    "\"{label}\" has {n} partners' links already, answered or waiting: the most one mapping "
    "takes. /review shows them, with a button to stop each link no part has come by yet; "
    "stop one no longer needed, then make this one.")
PARTNER_LINK = (
    "Here is a link for {agency} to contribute to \"{label}\". It works once, for 7 days or "
    "until you finish the mapping. Send it to them privately (email or a message):\n\n{link}"
)
INCLUDED = "Put back: it is in your summary and exports again."
LEFT_OUT = ("Left out: your summary and exports no longer show it (it is kept with the mapping; "
            "/review puts it back).")
NOTHING_CHANGED = "Alright, nothing has been changed."
ALREADY_PART = ("You have already contributed to this mapping, so this link (meant for someone "
                "else) has not been used.")
REJOIN_Q = "You joined with an invite, so you would need a new one to use the bot again."
# Said when a lead's /cancel or /delete would erase partners' parts with their mappings.
PARTS_GO = ("And what {partners} sent or are answering for it goes with it (they are told it "
            "was closed).")
# Said at a member's /delete while drafts of theirs are open: erased, a case a colleague was
# to take over began again from nothing.
HANDOVER_FIRST = ("If a colleague is taking your cases over, answer no and send /handover with "
                  "each one open: it passes it to them whole, with its partners' parts.")
PARTS_GO_TOO = ("And what {partners} sent or are answering for your mappings goes with them "
                "(they are told).")
WITHDRAW_TOO_Q = "What you sent to a colleague's mapping as a partner is withdrawn too."
WITHDRAW_ONE_INSTEAD = ("To withdraw only one part you contributed and keep everything else, "
                        "tap its button below instead: {parts}.")
WITHDRAW_ONE_OF_MANY = ("To withdraw only one of the {n} parts you contributed and keep "
                        "everything else, tap \"{button}\" below instead: it lists them.")
DELETED_MEMBER = ("Done: everything about you has been erased, your membership too. To use the "
                  "bot again, ask a colleague for a new invite.")
STOP_Q = ("Stop the {name} link for \"{label}\"? Nobody can open it or answer through it any "
          "more. If someone has opened it, what they have written so far is erased, and they "
          "are told. /invite makes a new link while \"{label}\" is open.")
STOP_LAPSED = ("That question was asked a while ago, so I've let it go: the link still works. "
               "/review offers to stop it again if you still want to.")
STOPPED = "Stopped: the {name} link for \"{label}\" can't be used any more."
# A button of /review or /invite pressed after what it was for changed: said what changed
# ("Alright, nothing has been changed" read as if the lead had said no).
STOP_CAME = ("A part has come by the {name} link for \"{label}\" meanwhile, so there is no "
             "link left to stop. /review {label} shows it, with a button to leave it out of "
             "your summary.")
PART_GONE = ("That part is no longer there: whoever sent it has withdrawn it, so it is in "
             "neither your summary nor your exports.")
INVITE_NOT_OPEN = ("\"{label}\" isn't the mapping open now{open}, so no link has been made. "
                   "Send /resume {label} to open it, then /invite.")
# ... or a mapping of hers she has finished: links are for one still being written, and
# sending her to /resume it led back to the same words.
INVITE_FINISHED = ("\"{label}\" is finished, so no partner link has been made: links are for a "
                   "mapping still being written. Ask the partner what they know and add it "
                   "yourself: /review {label}, then /edit and the answer's number. A part sent "
                   "by a link you made before finishing still reaches your summary.")
INVITE_NOT_YOURS = ("You have no mapping called \"{label}\", so no link has been made. /drafts "
                    "lists yours.")
OTHER_MAPPING = ("That list was for another mapping than the one open now (\"{label}\"), so "
                 "no link was made. Send /invite again to make one for \"{label}\".")
STOPPED_PARTNER = ("{lead} has stopped the link you opened for \"{label}\", so nothing more is "
                   "needed from you through it, and what you wrote for it has been erased. If "
                   "you think you should be contributing, ask {lead} directly.")
# A yes or no typed under a team's yes-or-no question, whose buttons alone do it: pointed to
# them, in a line, nothing saved (it was saved as the open draft's answer).
TAP_TO_HAND = ("Tap \"Yes, hand it over\" above to hand \"{label}\" to {name}, or \"No\" to "
               "keep it. I haven't saved what you typed.")
TAP_TO_REMOVE = ("Tap \"Yes, remove\" above to remove {name}, or \"No\" to keep them. I "
                 "haven't saved what you typed.")
TAP_TO_LEAVE = ("Tap \"Yes, hand over and remove\" above to hand {name}'s drafts to {to} and "
                "remove {name}, or \"No\" to keep them. I haven't saved what you typed.")
TAP_TO_STOP = ("Tap \"Yes, stop it\" above to stop that link, or \"No\" to keep it working. I "
               "haven't saved what you typed.")
