using Microsoft.Extensions.Configuration;

namespace ModularCrm.Sdk.Modules;

/// <summary>What the host tells a module about itself when it starts.</summary>
/// <param name="ModuleId">The id from the module's manifest.</param>
/// <param name="Version">The SemVer version from the module's manifest.</param>
/// <param name="Directory">The module's own folder in the plugins folder (read-only for the module).</param>
/// <param name="Configuration">The configuration section <c>Modules:{ModuleId}</c>.</param>
public sealed record ModuleContext(string ModuleId, string Version, string Directory, IConfiguration Configuration);
