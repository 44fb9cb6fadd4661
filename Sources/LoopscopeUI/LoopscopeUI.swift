// OWNER: TUI helper.
public enum LoopscopeUI {}
