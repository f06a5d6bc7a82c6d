// replaced by the real windows
namespace pd::ui { int placeholder() { return 0; } }
