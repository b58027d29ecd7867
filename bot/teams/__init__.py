"""Teams: invite codes, members and partners' contributions to a colleague's mapping."""
