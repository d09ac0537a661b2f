namespace ModularCrm.Host.Web;

/// <summary>Marks an endpoint as belonging to a module, so the host checks the module is enabled for the shop.</summary>
internal sealed record ModuleEndpointMetadata(string ModuleId);
