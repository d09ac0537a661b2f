using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.CycleB;

/// <summary>Does nothing: the dependency cycle refuses it.</summary>
public sealed class CycleBStartup : ModuleStartup;
