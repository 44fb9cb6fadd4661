# A module's repr says where CPython has it: a file, a package's __init__, frozen or built-in.
import asyncio
import asyncio.subprocess
import builtins
import collections
import itertools
import json
import math
import os
import sys
import time

for module in (asyncio, asyncio.subprocess, collections, json, math, os, os.path, sys, time,
               itertools, builtins):
    print(module.__name__.ljust(20), module)
