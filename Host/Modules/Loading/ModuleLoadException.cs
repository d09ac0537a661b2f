namespace ModularCrm.Host.Modules.Loading;

/// <summary>A module's code cannot be used (no single ModuleStartup, unloadable types); the message is its reason.</summary>
internal sealed class ModuleLoadException(string message) : Exception(message);
