import ArgumentParser
import LoopscopeAnalysis

extension TimelineAxis: ExpressibleByArgument {}
