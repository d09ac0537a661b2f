using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.MissingDependency;

/// <summary>Does nothing: its missing dependency refuses it.</summary>
public sealed class MissingDependencyStartup : ModuleStartup;
