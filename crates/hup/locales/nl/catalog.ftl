## catalog messages (nl)
