namespace ModularCrm.ModuleKit.Tests.Infrastructure;

/// <summary>
/// The tests that pack the SDK and build modules from it: one collection, so that they share one
/// <see cref="AuthorKit"/> (each package version packed once, each module variant built once) and run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ModuleKitCollection : ICollectionFixture<AuthorKit>
{
    public const string Name = "module kit";
}
