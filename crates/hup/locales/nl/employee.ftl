## employee messages (nl)
