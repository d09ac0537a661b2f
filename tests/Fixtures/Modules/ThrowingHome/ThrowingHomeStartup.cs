using ModularCrm.Sdk;
using ModularCrm.Sdk.Home;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Fixtures.ThrowingHome;

/// <summary>Lists itself in the menu, then fails every time the home page asks for its figures.</summary>
public sealed class ThrowingHomeStartup : ModuleStartup
{
    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "Fixture accueil", "Fixture home", 90)];

    public override Task<IReadOnlyList<HomeFigure>> HomeFiguresAsync(IServiceProvider shopServices, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("fixture throwing-home: HomeFiguresAsync always fails");
}
