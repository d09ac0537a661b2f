using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.SdkNextMinor;

/// <summary>Does nothing: the SDK version in its assembly references alone decides its fate.</summary>
public sealed class SdkNextMinorStartup : ModuleStartup;
