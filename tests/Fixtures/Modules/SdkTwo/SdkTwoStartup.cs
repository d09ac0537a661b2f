using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.SdkTwo;

/// <summary>Does nothing: the manifest's SDK range alone decides its fate.</summary>
public sealed class SdkTwoStartup : ModuleStartup;
