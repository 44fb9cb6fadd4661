# A future import after any other statement is a SyntaxError before anything runs.
print("never printed")
import asyncio
from __future__ import annotations
