/// The parts of a workbook every sheet is read with: the sheet list and date system, where
/// each sheet's part is, the cell styles (which cells are dates) and the shared strings.
/// Found by the package's relationships, as Excel, LibreOffice and Google Sheets name them
/// differently; the usual names stand in where a relationship is missing.
struct WorkbookParts {
    let listing: WorkbookListing
    /// Each sheet's part, by the relationship id the sheet list names.
    let sheetPaths: [String: String]
    let styles: CellStyles
    let strings: SharedStrings

    init(_ archive: ZipArchive) throws(WorkbookFailure) {
        var packageRelations = Relationships()
        if archive.entries["_rels/.rels"] != nil {
            try WorkbookPart.read("_rels/.rels", in: archive, limit: WorkbookPart.smallPartLimit, to: &packageRelations)
        }
        let workbookPath = packageRelations.target(ofType: "officeDocument").map { WorkbookPart.resolve($0, from: "") } ?? "xl/workbook.xml"
        guard archive.entries[workbookPath] != nil else { throw .notWorkbook }
        var listing = WorkbookListing()
        try WorkbookPart.read(workbookPath, in: archive, limit: WorkbookPart.smallPartLimit, to: &listing)
        self.listing = listing

        var relations = Relationships()
        let relationsPath = WorkbookPart.resolve("_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels", from: workbookPath)
        if archive.entries[relationsPath] != nil {
            try WorkbookPart.read(relationsPath, in: archive, limit: WorkbookPart.smallPartLimit, to: &relations)
        }
        var paths: [String: String] = [:]
        for relation in relations.all { paths[relation.id] = WorkbookPart.resolve(relation.target, from: workbookPath) }
        sheetPaths = paths

        var styles = CellStyles()
        let stylesPath = relations.target(ofType: "styles").map { WorkbookPart.resolve($0, from: workbookPath) } ?? "xl/styles.xml"
        if archive.entries[stylesPath] != nil {
            try WorkbookPart.read(stylesPath, in: archive, limit: WorkbookPart.smallPartLimit, to: &styles)
        }
        self.styles = styles

        var strings = SharedStrings()
        let stringsPath = relations.target(ofType: "sharedStrings").map { WorkbookPart.resolve($0, from: workbookPath) } ?? "xl/sharedStrings.xml"
        if archive.entries[stringsPath] != nil {
            try WorkbookPart.read(stringsPath, in: archive, limit: WorkbookPart.sharedStringsLimit, to: &strings)
        }
        self.strings = strings
    }
}
