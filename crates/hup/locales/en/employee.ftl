## employee messages (en)
