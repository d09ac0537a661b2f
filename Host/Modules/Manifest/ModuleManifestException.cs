namespace ModularCrm.Host.Modules.Manifest;

/// <summary>A <c>module.json</c> that cannot be used; <see cref="Errors"/> names each field and reason.</summary>
public sealed class ModuleManifestException(IReadOnlyList<string> errors)
    : Exception(string.Join("; ", errors.Select(error => $"{ModuleManifest.FileName}: {error}")))
{
    /// <summary>One message per problem, e.g. <c>'version' "1.x" is not a SemVer version</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
