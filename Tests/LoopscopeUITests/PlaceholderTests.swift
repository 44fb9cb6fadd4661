import Testing
@testable import LoopscopeUI
@Test func uiModuleLoads() { #expect(Bool(true)) }
