package org.appraise.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model and edit code from the genmodel without an Eclipse workspace.
 * The src-gen folders are emptied first, so the output depends only on the .genmodel and .ecore
 * (nothing is merged with what was there, and hand edits in src-gen cannot survive).
 */
public final class RegenerateModelCode {

    private RegenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path model = root.resolve("bundles/org.appraise.model");
        Path edit = root.resolve("bundles/org.appraise.model.edit");
        deleteTree(model.resolve("src-gen"));
        deleteTree(edit.resolve("src-gen"));

        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        mapProject(resources, "org.appraise.model", model);
        mapProject(resources, "org.appraise.model.edit", edit);

        Resource resource = resources.getResource(
                URI.createFileURI(model.resolve("model/appraise.genmodel").toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel is not valid: " + valid);
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        report(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out)));
        report(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out)));
        System.out.println("Regenerated " + model.resolve("src-gen") + " and " + edit.resolve("src-gen"));
    }

    private static void mapProject(ResourceSet resources, String project, Path folder) {
        resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + project + "/", false),
                URI.createFileURI(folder.toString() + "/"));
    }

    private static void report(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            System.err.println(diagnostic);
        }
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Generation failed: " + diagnostic.getMessage());
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
