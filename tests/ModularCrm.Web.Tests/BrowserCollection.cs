namespace ModularCrm.Web.Tests;

/// <summary>The browser tests share one host and one Chromium, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
