## catalog messages (en)
