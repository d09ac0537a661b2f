using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.BrokenMigration;

/// <summary>Does nothing itself: its embedded Migrations/0001_broken.sql fails when run.</summary>
public sealed class BrokenMigrationStartup : ModuleStartup;
