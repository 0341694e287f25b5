package fixgw.simulator; public final class Simulator { public static void main(String[] a) {} }
