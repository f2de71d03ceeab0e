import GRDB

extension RegistryMigrations {
    /// Groups are kept between runs, so that a night's new questions join groups without
    /// renumbering them even as the campaign's word statistics change.
    static func registerGroups(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-groups") { db in
            try db.alter(table: "question") { t in
                t.add(column: "groupCode", .text)
            }
        }
    }
}
