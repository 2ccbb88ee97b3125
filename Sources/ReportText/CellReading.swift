/// A row read one way: its cells, each a role over a range of the row's words, known or
/// new, and what makes the reading less than certain.
extension CellSplitter {
    struct Cell {
        let role: Role
        let range: Range<Int>
        let isKnown: Bool
        /// The `Blocked-` mark, standing for the status `Blocked`.
        var isBlockedMarker = false
    }

    /// One way of reading the row.
    struct Reading {
        let cells: [Cell]

        var unknownCount: Int { cells.count { !$0.isKnown } }

        /// The first boundary between two cells that is not certain: neither cell is
        /// known, and the boundary is inside a line or at a line ending in a space (and not
        /// after `Blocked-`). The two roles, and the word where the later cell starts.
        func uncertainBoundary(in row: RowWords) -> (Role, Role, word: Int)? {
            for (before, after) in zip(cells, cells.dropFirst()) {
                let certain = row.words[after.range.lowerBound].breakBefore == .hard || before.isKnown || after.isKnown
                    || before.isBlockedMarker
                if !certain { return (before.role, after.role, after.range.lowerBound) }
            }
            return nil
        }

        /// Where the cells start, the first excepted.
        var boundaries: Set<Int> { Set(cells.dropFirst().map(\.range.lowerBound)) }

        /// Whether `other` is this reading with one of its unknown cells read as two
        /// unknown cells where the layout leaves it open: at a line ending in a space, which
        /// may end a cell as well as wrap one (`North ⏎ South`: one sub-group or two), or,
        /// in the technical design table, a new status read as a blocking issue and a
        /// status. The one boundary it adds, with the roles on either side.
        func split(by other: Reading, in row: RowWords, technical: Bool) -> (Role, Role, word: Int)? {
            guard other.unknownCount == unknownCount + 1, other.cells.count == cells.count + 1 else { return nil }
            let added = other.boundaries.subtracting(boundaries)
            guard added.count == 1, let word = added.first, other.boundaries.isSuperset(of: boundaries),
                  let after = other.cells.firstIndex(where: { $0.range.lowerBound == word }),
                  let divided = cells.first(where: { $0.range.contains(word) }) else { return nil }
            let atWrap = row.words[word].breakBefore == .soft
            guard atWrap || (technical && divided.role == .status) else { return nil }
            return (other.cells[after - 1].role, other.cells[after].role, word)
        }

        /// Each word's cell: its role and which cell of that role it is.
        func placeOfWords() -> [(role: Role, index: Int)] {
            var places: [(role: Role, index: Int)] = []
            var seen: [Role: Int] = [:]
            for cell in cells {
                let index = seen[cell.role, default: 0]
                seen[cell.role] = index + 1
                places += cell.range.map { _ in (cell.role, index) }
            }
            return places
        }
    }
}
