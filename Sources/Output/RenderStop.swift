/// How a formatter gives up part way through a long result when asked (Ctrl-C): it asks
/// every `interval` rows and, on true, stops rendering; the caller then drops the text.
/// Rendering 200,000 rows takes seconds, too long to wait before output can be stopped.
enum RenderStop {
    static let interval = 1024

    /// Whether to stop before `row`: asked at every `interval`th row.
    static func before(_ row: Int, _ stop: () -> Bool) -> Bool {
        row > 0 && row % interval == 0 && stop()
    }
}
