import Testing
@testable import LoopscopeEngine
@Test func schemaVersion() { #expect(EventSchema.version == 2) }
