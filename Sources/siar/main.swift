print("siar")
