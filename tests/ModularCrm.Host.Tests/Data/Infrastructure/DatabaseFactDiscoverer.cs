using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>Discovers <see cref="DatabaseFactAttribute"/> tests, skipped when the test class's engine is unavailable.</summary>
public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var skip = testMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttribute<RequiresDatabaseAttribute>(inherit: true)?.SkipReason();
        return skip is null
            ? [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)]
            : [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, skip)];
    }
}
