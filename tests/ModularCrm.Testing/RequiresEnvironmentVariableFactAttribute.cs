namespace ModularCrm.Testing;

/// <summary>A fact that runs only when <see cref="Variable"/> is set (for example a database connection string).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresEnvironmentVariableFactAttribute : FactAttribute
{
    /// <summary>Skips the test, with the reason printed, unless <paramref name="variable"/> is set.</summary>
    public RequiresEnvironmentVariableFactAttribute(string variable)
    {
        Variable = variable;
        Skip = ExternalRequirement.SkipReason(
            !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)),
            $"{variable} is not set");
    }

    /// <summary>The environment variable the test needs.</summary>
    public string Variable { get; }
}
