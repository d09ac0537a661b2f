namespace ModularCrm.Host.Web;

/// <summary>
/// Marks an endpoint as belonging to a module, so the host checks the module is enabled for the shop.
/// <paramref name="IsPublic"/>: mapped by <c>MapPublic</c>, reachable without signing in.
/// </summary>
internal sealed record ModuleEndpointMetadata(string ModuleId, bool IsPublic = false);
