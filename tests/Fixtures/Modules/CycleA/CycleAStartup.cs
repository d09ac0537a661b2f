using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.CycleA;

/// <summary>Does nothing: the dependency cycle refuses it.</summary>
public sealed class CycleAStartup : ModuleStartup;
