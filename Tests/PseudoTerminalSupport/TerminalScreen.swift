/// A small terminal emulator: enough of xterm to show what libedit draws (cursor moves,
/// erasing, insert mode, inserting and deleting characters, scrolling), so that tests
/// assert what a person would see rather than the byte stream, in which `sel<Tab>`
/// arrives as `sel` … `ect `. Lines scrolled off the top are kept.
struct TerminalScreen {
    let columns: Int
    let rows: Int
    private(set) var scrolledOff: [String] = []
    private var grid: [[Character]]
    private(set) var row = 0
    private(set) var column = 0
    private var wrapPending = false
    private var insertMode = false
    private var state = State.ground
    private var utf8: [UInt8] = []

    private enum State {
        case ground
        case escape
        case control(String)
        case operatingSystem(sawEscape: Bool)
    }

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        grid = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// Every line, scrolled-off ones first, trailing blanks removed.
    var lines: [String] {
        scrolledOff + grid.map { String($0).trimmingTrailingBlanks() }
    }

    /// The line the cursor is on.
    var cursorLine: String { String(grid[row]).trimmingTrailingBlanks() }

    /// Index in `lines` of the cursor's line.
    var cursorLineIndex: Int { scrolledOff.count + row }

    mutating func feed(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { feed(byte) }
    }

    private mutating func feed(_ byte: UInt8) {
        switch state {
        case .ground: ground(byte)
        case .escape:
            state = .ground
            switch byte {
            case UInt8(ascii: "["): state = .control("")
            case UInt8(ascii: "]"): state = .operatingSystem(sawEscape: false)
            case UInt8(ascii: "M"): row = max(0, row - 1)
            default: break
            }
        case .control(let parameters):
            if byte >= 0x40 && byte <= 0x7E {
                state = .ground
                control(parameters, final: byte)
            } else {
                state = .control(parameters + String(UnicodeScalar(byte)))
            }
        case .operatingSystem(let sawEscape):
            if byte == 0x07 || (sawEscape && byte == UInt8(ascii: "\\")) { state = .ground } else {
                state = .operatingSystem(sawEscape: byte == 0x1B)
            }
        }
    }

    private mutating func ground(_ byte: UInt8) {
        if !utf8.isEmpty || byte >= 0x80 {
            utf8.append(byte)
            let needed = utf8[0] >= 0xF0 ? 4 : utf8[0] >= 0xE0 ? 3 : utf8[0] >= 0xC0 ? 2 : 1
            if utf8.count >= needed {
                let text = String(decoding: utf8, as: UTF8.self)
                utf8 = []
                for character in text { put(character) }
            }
            return
        }
        switch byte {
        case 0x1B: state = .escape
        case 0x0D: column = 0; wrapPending = false
        case 0x0A, 0x0B, 0x0C: lineFeed()
        case 0x08: column = max(0, column - 1); wrapPending = false
        case 0x09: column = min(columns - 1, (column / 8 + 1) * 8)
        case 0x20 ... 0x7E: put(Character(UnicodeScalar(byte)))
        default: break
        }
    }

    private mutating func put(_ character: Character) {
        if wrapPending {
            column = 0
            lineFeed()
            wrapPending = false
        }
        if insertMode {
            grid[row].insert(character, at: column)
            grid[row].removeLast()
        } else {
            grid[row][column] = character
        }
        if column == columns - 1 { wrapPending = true } else { column += 1 }
    }

    private mutating func lineFeed() {
        if row == rows - 1 {
            scrolledOff.append(String(grid.removeFirst()).trimmingTrailingBlanks())
            grid.append(Array(repeating: " ", count: columns))
        } else {
            row += 1
        }
    }

    private mutating func control(_ parameters: String, final: UInt8) {
        let private_ = parameters.hasPrefix("?")
        let numbers = parameters.drop(while: { $0 == "?" }).split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func number(_ index: Int, _ fallback: Int) -> Int {
            index < numbers.count ? numbers[index] ?? fallback : fallback
        }
        let n = max(1, number(0, 1))
        wrapPending = false
        switch UnicodeScalar(final) {
        case "A": row = max(0, row - n)
        case "B": row = min(rows - 1, row + n)
        case "C": column = min(columns - 1, column + n)
        case "D": column = max(0, column - n)
        case "G": column = min(columns - 1, n - 1)
        case "d": row = min(rows - 1, n - 1)
        case "H", "f":
            row = min(rows - 1, max(1, number(0, 1)) - 1)
            column = min(columns - 1, max(1, number(1, 1)) - 1)
        case "J":
            let mode = number(0, 0)
            if mode == 0 {
                clear(row, from: column, to: columns)
                for below in row + 1 ..< rows { clear(below, from: 0, to: columns) }
            } else if mode == 2 {
                for any in 0 ..< rows { clear(any, from: 0, to: columns) }
            }
        case "K":
            switch number(0, 0) {
            case 1: clear(row, from: 0, to: column + 1)
            case 2: clear(row, from: 0, to: columns)
            default: clear(row, from: column, to: columns)
            }
        case "@":
            for _ in 0 ..< min(n, columns - column) {
                grid[row].insert(" ", at: column)
                grid[row].removeLast()
            }
        case "P":
            for _ in 0 ..< min(n, columns - column) {
                grid[row].remove(at: column)
                grid[row].append(" ")
            }
        case "X": clear(row, from: column, to: min(columns, column + n))
        case "h" where !private_ && number(0, 0) == 4: insertMode = true
        case "l" where !private_ && number(0, 0) == 4: insertMode = false
        default: break
        }
    }

    private mutating func clear(_ line: Int, from start: Int, to end: Int) {
        guard start < end else { return }
        for index in start ..< end { grid[line][index] = " " }
    }
}

extension String {
    func trimmingTrailingBlanks() -> String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
