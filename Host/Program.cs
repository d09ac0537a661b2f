return await ModularCrm.Host.HostApp.RunAsync(args);

/// <summary>Entry point type, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
