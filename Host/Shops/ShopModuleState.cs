namespace ModularCrm.Host.Shops;

/// <summary>Where a module stands for one shop.</summary>
internal enum ShopModuleState
{
    /// <summary>Found and loaded, never enabled for this shop.</summary>
    Available,

    /// <summary>Enabled: its endpoints answer and its event handlers run for this shop.</summary>
    Enabled,

    /// <summary>Enabled once, then disabled: its data is kept.</summary>
    Disabled,

    /// <summary>Loaded but broken (startup, migration or handler failure): see the reason.</summary>
    Failed,

    /// <summary>Refused at load (SDK range, dependencies, manifest): see the reason.</summary>
    Incompatible,
}
