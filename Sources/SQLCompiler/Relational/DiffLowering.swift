import QueryLanguage
import RegisterModel

/// `diff` in the relational form: each row of the later report that passes the condition
/// is joined to its artefact's row in the earlier report, and to the row of `changes`
/// that says which fields differ as `changed` compares them, and shown when there is no
/// earlier row (`new`) or some field differs (`changed`); each row of the
/// earlier report that passes the condition and has no row in the later one follows
/// (`removed`). Cells are text as csv writes them: the identity fields
/// (`Shape.diffIdentityFields`) as they are (a changed one `old->new`), then the fields regq shows, `old->new` where this
/// artefact's changed, NULL where not, and a new or removed artefact's values.
extension Lowering {
    func diff(from: ReportIndex, to: ReportIndex, condition: Scalar?, fields: [Field]) -> Relation.Diff {
        let earlier = "regq_o", changes = "regq_c"
        let found = Scalar.not(.isNull(.artefact(alias: earlier)))
        func text(_ value: Scalar, _ field: Field) -> Scalar { .csvText(value, field.valueType) }
        func changed(_ field: Field) -> Scalar { .fieldOf(alias: changes, field) }
        func change(_ field: Field) -> Scalar {
            .concat([text(.fieldOf(alias: earlier, field), field), .text("->"), text(.field(field), field)])
        }
        func column(_ name: String, _ value: Scalar) -> Relation.ResultColumn {
            Relation.ResultColumn(name: name, value: value, type: .text)
        }
        let identity = Shape.diffIdentityFields

        var laterColumns = [column("change", .choose([(found, .text("changed"))], otherwise: .text("new")))]
        laterColumns += identity.map { field in
            column(field.name, .choose([(changed(field), change(field))], otherwise: text(.field(field), field)))
        }
        laterColumns += fields.map { field in
            column(field.name, .choose([(changed(field), change(field)), (.not(found), text(.field(field), field))], otherwise: nil))
        }
        var removedColumns = [column("change", .text("removed"))]
        removedColumns += (identity + fields).map { column($0.name, text(.field($0), $0)) }

        func inReport(_ report: ReportIndex) -> Scalar { .compare(.field(.report), .equal, .report(report.name)) }
        let conditions = condition.map { [$0] } ?? []
        let later = Scalar.and([inReport(to)] + conditions + [.or([.not(found)] + Field.stored.map(changed))])
        let removed = Scalar.and([inReport(from)] + conditions + [.not(.sameArtefact(.one(to.name), alias: "regq_n", .boolean(true)))])
        let tests = Field.stored.map { field in
            (field, ConditionLowering.differs(.fieldOf(alias: earlier, field), .field(field), type: field.valueType, aliases: ("regq_d1", "regq_d2")))
        }
        return Relation.Diff(earlier: earlier, from: from.name, to: to.name, changes: changes, differs: tests, later: later, removed: removed,
                             laterColumns: laterColumns, removedColumns: removedColumns)
    }
}
