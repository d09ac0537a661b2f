namespace ModularCrm.Sdk.Modules;

/// <summary>A permission a module checks, granted to shop roles by the shop admin.</summary>
/// <param name="Name">Unique name, prefixed with the module id, e.g. <c>contacts.export</c>.</param>
/// <param name="Description">What the permission allows, in plain words.</param>
public sealed record ModulePermission(string Name, string Description);
