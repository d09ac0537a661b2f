using Xunit.Sdk;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>
/// A fact written once in an abstract test class and run by each engine's subclass; skipped per subclass
/// according to its <see cref="RequiresDatabaseAttribute"/> (a plain Fact's Skip cannot vary by subclass).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ModularCrm.Host.Tests.Data.Infrastructure.DatabaseFactDiscoverer", "ModularCrm.Host.Tests")]
public sealed class DatabaseFactAttribute : FactAttribute;
