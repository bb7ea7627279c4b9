## admin messages (en)
