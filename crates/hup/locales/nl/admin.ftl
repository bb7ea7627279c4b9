## admin messages (nl)
