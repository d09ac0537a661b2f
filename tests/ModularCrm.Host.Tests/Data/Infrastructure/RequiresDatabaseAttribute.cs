using ModularCrm.Testing;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>
/// Put on a per-engine test class: its <see cref="DatabaseFactAttribute"/> tests run only when
/// <see cref="Variable"/> holds a connection string; otherwise they are skipped with the reason printed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresDatabaseAttribute(string variable) : Attribute
{
    /// <summary>The environment variable holding the connection string.</summary>
    public string Variable { get; } = variable;

    /// <summary>
    /// When set, the skip stands even with MODULARCRM_REQUIRE_ALL=1, for the reason given here: only for an engine
    /// that cannot run on the CI machines at all.
    /// </summary>
    public string? ExemptFromRequireAllBecause { get; init; }

    /// <summary>The connection string, or null.</summary>
    public string? ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }

    /// <summary>Why the tests are skipped, or null when they must run (and fail if the variable is missing).</summary>
    public string? SkipReason()
    {
        if (ConnectionString is not null)
        {
            return null;
        }

        return ExemptFromRequireAllBecause is null
            ? ExternalRequirement.SkipReason(false, $"{Variable} is not set")
            : $"{Variable} is not set; not required in CI because {ExemptFromRequireAllBecause}";
    }
}
