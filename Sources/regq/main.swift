print("regq")
