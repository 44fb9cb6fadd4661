print("loopscope: not built yet")
